import pg from 'pg';
import type { Database } from 'better-sqlite3';
import type { SyncConnectionSettings, SyncProblem } from '@shared/domain/sync';
import { readSyncSettings } from '@main/db/sync/settings';
import type { SecretStore } from '../core/secrets';
import { clientConfig } from './connection';
import { problemOf } from './problems';

// One conversation with the team's server on the saved connection: Sync now and the team view
// both go through here. A failure comes back as the kind of problem only: the driver's message
// can name the host and the user.

export type TeamServerResult<T> =
  | { ok: true; value: T }
  | { ok: false; problem: SyncProblem }
  /** No connection saved: sync is off. */
  | { ok: false; problem: null };

export async function withTeamServer<T>(
  db: Database,
  secrets: SecretStore,
  work: (client: pg.Client, connection: SyncConnectionSettings) => Promise<T>,
): Promise<TeamServerResult<T>> {
  const { connection, password } = readSyncSettings(db);
  if (!connection) return { ok: false, problem: null };
  if (!password || !secrets.canEncrypt()) return { ok: false, problem: 'noPassword' };
  const client = new pg.Client(clientConfig({ ...connection, password: secrets.decrypt(password) }));
  // A dropped connection is reported by the failing query; without a listener it would crash main.
  client.on('error', () => {});
  try {
    await client.connect();
    return { ok: true, value: await work(client, connection) };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  } finally {
    await client.end().catch(() => {});
  }
}
