import pg from 'pg';
import type { Database } from 'better-sqlite3';
import type { SyncConnectionSettings, SyncProblem } from '@shared/domain/sync';
import { readSyncSettings } from '@main/db/sync/settings';
import type { SecretStore } from '../core/secrets';
import { clientConfig } from './connection';
import { problemOf } from './problems';

// The conversation with the team's server on the saved connection: Sync now, the background sync
// and the team view all go through here. The connection stays open between them (logging in
// costs more than a small sync: a TLS handshake and SCRAM's deliberate slowness), one piece of
// work at a time, and closes after a while unused or when the team is left. A failure comes back
// as the kind of problem only: the driver's message can name the host and the user.

export type TeamServerResult<T> =
  | { ok: true; value: T }
  | { ok: false; problem: SyncProblem }
  /** No connection saved: sync is off. */
  | { ok: false; problem: null };

/** Longer than the background sync's minute, so a running app keeps its one connection. */
export const IDLE_CLOSE_MS = 3 * 60_000;

type Work<T> = (client: pg.Client, connection: SyncConnectionSettings) => Promise<T>;

class TeamServer {
  #client: pg.Client | null = null;
  /** What the open connection was made from: another saved connection or password opens a new one. */
  #madeFrom = '';
  #idle: ReturnType<typeof setTimeout> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly secrets: SecretStore,
  ) {}

  /** Runs `work` on the connection, after any work already running (a sync is a transaction). */
  run<T>(work: Work<T>): Promise<TeamServerResult<T>> {
    const next = this.#queue.then(() => this.#runNow(work));
    this.#queue = next.catch(() => {});
    return next;
  }

  async #runNow<T>(work: Work<T>): Promise<TeamServerResult<T>> {
    const { connection, password } = readSyncSettings(this.db);
    if (!connection) {
      await this.close();
      return { ok: false, problem: null };
    }
    if (!password || !this.secrets.canEncrypt()) return { ok: false, problem: 'noPassword' };
    const madeFrom = JSON.stringify([connection, password.toString('base64')]);
    if (madeFrom !== this.#madeFrom) await this.close();
    clearTimeout(this.#idle);
    const reused = this.#client !== null;
    try {
      const client = this.#client ?? (await this.#open(connection, this.secrets.decrypt(password), madeFrom));
      return { ok: true, value: await work(client, connection) };
    } catch (error) {
      await this.close();
      // A kept connection the server dropped meanwhile (it restarted): once more on a new one.
      if (reused) return this.#runNow(work);
      return { ok: false, problem: problemOf(error) };
    } finally {
      this.#idle = setTimeout(() => void this.close(), IDLE_CLOSE_MS);
      this.#idle.unref?.();
    }
  }

  async #open(connection: SyncConnectionSettings, password: string, madeFrom: string): Promise<pg.Client> {
    const client = new pg.Client(clientConfig({ ...connection, password }));
    // A dropped connection: forgotten here, reported by the next query on it. Without a listener
    // the error would crash main.
    client.on('error', () => {
      if (this.#client === client) this.#client = null;
    });
    await client.connect().catch(async (error: unknown) => {
      await client.end().catch(() => {});
      throw error;
    });
    this.#client = client;
    this.#madeFrom = madeFrom;
    return client;
  }

  async close(): Promise<void> {
    clearTimeout(this.#idle);
    const client = this.#client;
    this.#client = null;
    this.#madeFrom = '';
    await client?.end().catch(() => {});
  }
}

/** One per database: the own one and the sample one never share a connection. */
const servers = new WeakMap<Database, TeamServer>();

export function teamServer(db: Database, secrets: SecretStore): TeamServer {
  let server = servers.get(db);
  if (!server) servers.set(db, (server = new TeamServer(db, secrets)));
  return server;
}

/** Runs `work` with the team's server on the saved connection (kept open between calls). */
export function withTeamServer<T>(db: Database, secrets: SecretStore, work: Work<T>): Promise<TeamServerResult<T>> {
  return teamServer(db, secrets).run(work);
}

/** Closes the kept connection of `db`, if any (leaving the team, closing the database). */
export function closeTeamServer(db: Database): void {
  void servers.get(db)?.close();
}
