import type { insightChannels } from '@shared/contract/insights';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { insightsFor } from './insights';

export function insightHandlers(context: HandlerContext): DomainHandlers<typeof insightChannels> {
  return {
    'insights:get': ({ months }) => insightsFor(context, months),
  };
}
