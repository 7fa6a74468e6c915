import type { settingsChannels } from '@shared/contract/settings';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { settingsService } from './settings';

export function settingsHandlers(context: HandlerContext): DomainHandlers<typeof settingsChannels> {
  const settings = settingsService(context);
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };
}
