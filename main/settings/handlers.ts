import { settingsConflicts, type settingsChannels } from '@shared/contract/settings';
import { getSettings, saveSettings } from '../db/settings/settings';
import { InputError } from '../core/errors';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';

export function settingsHandlers({ db }: HandlerContext): DomainHandlers<typeof settingsChannels> {
  return {
    'settings:get': () => getSettings(db),
    'settings:update': (patch) =>
      db.transaction(() => {
        // Each value passed the schema alone; together with the stored ones the watch and
        // at-risk levels must still be in order. Nothing is saved when they are not.
        const next = {
          ...getSettings(db),
          ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
        };
        const conflicts = settingsConflicts(next, new Set(Object.keys(patch)));
        if (conflicts.length > 0) throw new InputError(conflicts);
        saveSettings(db, patch);
        return getSettings(db);
      })(),
  };
}
