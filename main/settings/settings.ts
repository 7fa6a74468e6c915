import type { ChannelParsed } from '@shared/contract';
import { settingsConflicts } from '@shared/contract/settings';
import { getSettings, saveSettings } from '../db/settings/settings';
import { InputError } from '../core/errors';
import type { DomainContext } from '../core/handler-context';

/** Settings: a patch is saved only when, merged with what is stored, the levels stay in order. */
export function settingsService({ db }: DomainContext) {
  return {
    get: () => getSettings(db),
    update: (patch: ChannelParsed<'settings:update'>) =>
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
