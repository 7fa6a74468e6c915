import type { ChannelParsed } from '@shared/contract';
import type { SyncView } from '@shared/domain/sync';
import { waitingCount } from '@main/db/sync/outbox';
import { forgetSyncSettings, readSyncSettings, recordSyncProblem, saveSyncSettings } from '@main/db/sync/settings';
import { endCapture, readSyncState } from '@main/db/sync/state';
import type { DomainContext } from '../core/handler-context';
import { InputError } from '../core/errors';
import type { Logger } from '../core/log';
import type { SecretStore } from '../core/secrets';
import { syncOnce } from './engine';
import { closeTeamServer, withTeamServer } from './team-server';

// The Sync screen's service (docs/sync.md): the connection, kept here with the password encrypted
// by the system's keychain; "Sync now"; leaving the team. A failed sync is a status (the kind of
// problem), never an error carrying the driver's message, which could name the host or the user.

export interface SyncContext extends DomainContext {
  secrets: SecretStore;
  log: Logger;
}

export function syncService({ db, now, secrets, log }: SyncContext) {
  const view = (): SyncView => {
    const settings = readSyncSettings(db);
    const state = readSyncState(db);
    return {
      connection: settings.connection,
      hasPassword: settings.password !== null,
      canKeepPassword: secrets.canEncrypt(),
      joined: state.capturing,
      lastSyncedAt: state.lastSyncedAt,
      waiting: waitingCount(db),
      problem: settings.lastProblem,
    };
  };

  return {
    view,

    save({ password, ...connection }: ChannelParsed<'sync:save'>): SyncView {
      if (password === '' && readSyncSettings(db).password === null) {
        throw InputError.field('password', 'validation.required', 'Enter the password');
      }
      if (password !== '' && !secrets.canEncrypt()) {
        throw InputError.field('password', 'sync.errors.noKeychain', 'This computer cannot keep a password encrypted');
      }
      saveSyncSettings(db, connection, password === '' ? undefined : secrets.encrypt(password));
      return view();
    },

    async syncNow(): Promise<SyncView> {
      const result = await withTeamServer(db, secrets, (client, connection) =>
        syncOnce(db, client, { now, member: connection.member }),
      );
      if (result.ok) recordSyncProblem(db, null);
      else if (result.problem) {
        // The kind only: the driver's message can name the host and the user.
        if (result.problem !== 'noPassword') log.warn(`Sync did not go through: ${result.problem}`);
        recordSyncProblem(db, result.problem);
      }
      return { ...view(), pulled: result.ok ? result.value.pulled : 0 };
    },

    leave(): SyncView {
      db.transaction(() => {
        endCapture(db);
        forgetSyncSettings(db);
      })();
      closeTeamServer(db);
      return view();
    },
  };
}
