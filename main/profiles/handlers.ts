import type { profileChannels } from '@shared/contract/profiles';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { profileService } from './profiles';

export function profileHandlers(context: HandlerContext): DomainHandlers<typeof profileChannels> {
  const profiles = profileService(context);
  return {
    'profiles:list': () => profiles.list(),
    'profiles:create': (input) => profiles.create(input),
    'profiles:rename': (input) => profiles.rename(input),
    'profiles:setArchived': (input) => profiles.setArchived(input),
  };
}
