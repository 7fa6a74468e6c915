import type { HandlerTable } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { backupHandlers } from '../backup/handlers';
import { dashboardHandlers } from '../dashboard/handlers';
import { dataHandlers } from '../data/handlers';
import { exportHandlers } from '../export/handlers';
import { healthHandlers } from '../health/handlers';
import { importHandlers } from '../imports/handlers';
import { insightHandlers } from '../insights/handlers';
import { moneyHandlers } from '../money/handlers';
import { profileHandlers } from '../profiles/handlers';
import { proposalHandlers } from '../proposals/handlers';
import { reviewHandlers } from '../review/handlers';
import { settingsHandlers } from '../settings/handlers';
import { syncHandlers } from '../sync/handlers';
import { teamHandlers } from '../sync/team-handlers';
import { targetHandlers } from '../targets/handlers';

/** Every channel's handler. TypeScript checks that each channel of the contract has exactly one. */
export function createHandlers(context: HandlerContext): HandlerTable {
  return {
    ...backupHandlers(context),
    ...dashboardHandlers(context),
    ...dataHandlers(context),
    ...exportHandlers(context),
    ...healthHandlers(context),
    ...importHandlers(context),
    ...insightHandlers(context),
    ...moneyHandlers(context),
    ...profileHandlers(context),
    ...proposalHandlers(context),
    ...reviewHandlers(context),
    ...settingsHandlers(context),
    ...syncHandlers(context),
    ...targetHandlers(context),
    ...teamHandlers(context),
  };
}
