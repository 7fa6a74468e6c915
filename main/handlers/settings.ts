import type { settingsChannels } from '../../shared/contract/settings';
import { getSettings, saveSettings } from '../db/settings';
import type { DomainHandlers } from '../ipc/handler-table';
import type { HandlerContext } from './context';

export function settingsHandlers({ db }: HandlerContext): DomainHandlers<typeof settingsChannels> {
  return {
    'settings:get': () => getSettings(db),
    'settings:update': (patch) =>
      db.transaction(() => {
        saveSettings(db, patch);
        return getSettings(db);
      })(),
  };
}
