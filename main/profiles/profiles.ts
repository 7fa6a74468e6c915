import type { ChannelParsed } from '@shared/contract';
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
import type { DomainContext } from '../core/handler-context';

/** Profiles: a name free of clashes, and always one active profile to log under. */
export function profileService({ db, now }: DomainContext) {
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
    list: () => listProfiles(db),

    create: ({ name, kind }: ChannelParsed<'profiles:create'>) =>
      db.transaction(() => {
        assertNameFree(name);
        return requireProfile(insertProfile(db, name, kind, now().toISOString()));
      })(),

    rename: ({ id, name }: ChannelParsed<'profiles:rename'>) =>
      db.transaction(() => {
        requireProfile(id);
        assertNameFree(name, id);
        renameProfile(db, id, name);
        return requireProfile(id);
      })(),

    setArchived: ({ id, archived }: ChannelParsed<'profiles:setArchived'>) =>
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
