import type { Database } from 'better-sqlite3';
import type { SyncConnectionSettings, SyncProblem } from '@shared/domain/sync';
import { prepared } from '../statements';

// The Sync screen's settings, in sync_state (migration 10): this computer's alone, never synced.

export interface StoredSyncSettings {
  connection: SyncConnectionSettings | null;
  /** The password as the keychain encrypted it. */
  password: Buffer | null;
  lastProblem: SyncProblem | null;
}

export function readSyncSettings(db: Database): StoredSyncSettings {
  const row = prepared<[], { connection: string | null; password: Buffer | null; last_problem: string | null }>(
    db,
    'SELECT connection, password, last_problem FROM sync_state WHERE id = 1',
  ).get()!;
  return {
    connection: row.connection === null ? null : (JSON.parse(row.connection) as SyncConnectionSettings),
    password: row.password,
    lastProblem: row.last_problem as SyncProblem | null,
  };
}

/** Saves the connection; the encrypted password too unless `password` is undefined (keep the one kept). */
export function saveSyncSettings(db: Database, connection: SyncConnectionSettings, password?: Buffer): void {
  prepared(db, 'UPDATE sync_state SET connection = ?, password = coalesce(?, password) WHERE id = 1').run(
    JSON.stringify(connection),
    password ?? null,
  );
}

export function forgetSyncSettings(db: Database): void {
  prepared(db, 'UPDATE sync_state SET connection = NULL, password = NULL, last_problem = NULL WHERE id = 1').run();
}

export function recordSyncProblem(db: Database, problem: SyncProblem | null): void {
  prepared(db, 'UPDATE sync_state SET last_problem = ? WHERE id = 1').run(problem);
}
