import type { HandlerTable } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { dashboardHandlers } from '../dashboard/handlers';
import { dataHandlers } from '../data/handlers';
import { healthHandlers } from '../health/handlers';
import { importHandlers } from '../imports/handlers';
import { moneyHandlers } from '../money/handlers';
import { profileHandlers } from '../profiles/handlers';
import { proposalHandlers } from '../proposals/handlers';
import { settingsHandlers } from '../settings/handlers';

/** Every channel's handler. TypeScript checks that each channel of the contract has exactly one. */
export function createHandlers(context: HandlerContext): HandlerTable {
  return {
    ...dashboardHandlers(context),
    ...dataHandlers(context),
    ...healthHandlers(context),
    ...importHandlers(context),
    ...moneyHandlers(context),
    ...profileHandlers(context),
    ...proposalHandlers(context),
    ...settingsHandlers(context),
  };
}

export type { HandlerContext } from '../core/handler-context';
