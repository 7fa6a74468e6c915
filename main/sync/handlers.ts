import type { syncChannels } from '@shared/contract/sync';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { syncService } from './service';

export function syncHandlers(context: HandlerContext): DomainHandlers<typeof syncChannels> {
  const sync = syncService(context);
  return {
    'sync:get': () => sync.view(),
    'sync:save': (input) => sync.save(input),
    'sync:now': () => sync.syncNow(),
    'sync:leave': () => sync.leave(),
  };
}
