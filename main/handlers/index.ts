import type { HandlerTable } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { dashboardHandlers } from './dashboard';
import { dataHandlers } from './data';
import { healthHandlers } from './health';
import { importHandlers } from './imports';
import { moneyHandlers } from './money';
import { profileHandlers } from './profiles';
import { proposalHandlers } from './proposals';
import { settingsHandlers } from './settings';

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
