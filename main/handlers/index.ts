import type { HandlerTable } from '../ipc/handler-table';
import type { HandlerContext } from './context';
import { dataHandlers } from './data';
import { healthHandlers } from './health';
import { profileHandlers } from './profiles';
import { proposalHandlers } from './proposals';
import { settingsHandlers } from './settings';

/** Every channel's handler. TypeScript checks that each channel of the contract has exactly one. */
export function createHandlers(context: HandlerContext): HandlerTable {
  return {
    ...dataHandlers(context),
    ...healthHandlers(context),
    ...profileHandlers(context),
    ...proposalHandlers(context),
    ...settingsHandlers(context),
  };
}

export type { HandlerContext } from './context';
