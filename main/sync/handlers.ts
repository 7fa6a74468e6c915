import type { syncChannels } from '@shared/contract/sync';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { InputError } from '../core/errors';
import { syncService } from './service';

export function syncHandlers(context: HandlerContext): DomainHandlers<typeof syncChannels> {
  const sync = syncService(context);
  // The sample database never joins a team: its made-up proposals must not reach the team's server.
  const ownData = () => {
    if (context.session.kind !== 'own') {
      throw InputError.field('', 'validation.sampleOpen', 'Switch back to your own data to sync it');
    }
  };
  return {
    'sync:get': () => sync.view(),
    'sync:save': (input) => (ownData(), sync.save(input)),
    'sync:now': async () => (ownData(), sync.syncNow()),
    'sync:leave': () => (ownData(), sync.leave()),
  };
}
