import type { dashboardChannels } from '@shared/contract/dashboard';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { dashboardFor, weekReview } from './dashboard';

export function dashboardHandlers(context: HandlerContext): DomainHandlers<typeof dashboardChannels> {
  return {
    'dashboard:get': (input) => dashboardFor(context, input),
    'dashboard:week': ({ week }) => weekReview(context, week),
  };
}
