import type { profileChannels } from '@shared/contract/profiles';
import {
  countActiveProfiles,
  findProfileByName,
  getProfile,
  insertProfile,
  listProfiles,
  renameProfile,
  setProfileArchived,
} from '../db/profiles/profiles';
import { InputError, NotFoundError } from '../core/errors';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';

export function profileHandlers({ db, now }: HandlerContext): DomainHandlers<typeof profileChannels> {
  function requireProfile(id: number) {
    const profile = getProfile(db, id);
    if (!profile) throw new NotFoundError('Profile', id);
    return profile;
  }

  function assertNameFree(name: string, exceptId?: number) {
    const existing = findProfileByName(db, name);
    if (existing && existing.id !== exceptId) {
      throw InputError.field('name', 'validation.profileNameTaken', `A profile named "${name}" already exists`);
    }
  }

  return {
    'profiles:list': () => listProfiles(db),

    'profiles:create': ({ name, kind }) =>
      db.transaction(() => {
        assertNameFree(name);
        return requireProfile(insertProfile(db, name, kind, now().toISOString()));
      })(),

    'profiles:rename': ({ id, name }) =>
      db.transaction(() => {
        requireProfile(id);
        assertNameFree(name, id);
        renameProfile(db, id, name);
        return requireProfile(id);
      })(),

    'profiles:setArchived': ({ id, archived }) =>
      db.transaction(() => {
        const profile = requireProfile(id);
        if (archived && !profile.archived && countActiveProfiles(db) <= 1) {
          // Logging a proposal needs a profile to file it under.
          throw InputError.field('archived', 'validation.lastActiveProfile', 'Keep at least one active profile');
        }
        setProfileArchived(db, id, archived ? now().toISOString() : null);
        return requireProfile(id);
      })(),
  };
}
