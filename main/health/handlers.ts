import type { healthChannels } from '@shared/contract/health';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { healthService } from './records';

export function healthHandlers(context: HandlerContext): DomainHandlers<typeof healthChannels> {
  const health = healthService(context);
  return {
    'health:status': () => health.status(),
    'health:report': () => health.report(),
    'health:addJss': (input) => health.addJss(input),
    'health:deleteJss': ({ id }) => health.deleteJss(id),
    'health:setChecklistItem': (input) => health.setChecklistItem(input),
    'health:stale': () => health.stale(),
    'health:markStale': ({ ids }) => health.markStale(ids),
    'health:unmarkStale': ({ eventIds }) => health.unmarkStale(eventIds),
  };
}
