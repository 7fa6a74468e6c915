import Sqlite, { type Database } from 'better-sqlite3';
import type { Clock } from '@shared/clock';
import type { Logger } from '../core/log';
import { FutureSchemaError, migrate, userVersion } from './migrate';
import { LATEST_VERSION, migrations } from './migrations';
import { logSlowQueries, prepared } from './statements';

export interface OpenOptions {
  /** Path of a better-sqlite3 build for this runtime (the Electron build when running in Electron). */
  nativeBinding?: string;
  /** Applied migrations list; tests pass a shorter one to build older versions. */
  migrations?: typeof migrations;
  /** The time migrations stamp on the rows they write. */
  now: Clock;
  /** Where queries slower than SLOW_QUERY_MS are reported (main's log; tests leave it out). */
  log?: Logger;
}

/** Opens (creating if needed) the database, sets every pragma and brings the schema up to date. */
export function openDatabase(file: string, options: OpenOptions): Database {
  const list = options.migrations ?? migrations;
  const latest = list.at(-1)?.version ?? LATEST_VERSION;
  const db = new Sqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // Checked before any pragma that writes (journal_mode rewrites the header): a database from a
    // newer Bidwell must stay byte-for-byte as it was.
    const found = userVersion(db);
    if (found > latest) throw new FutureSchemaError(found, latest);

    // Wait up to 5 s for a lock held by another connection (a backup, a second window) instead of failing at once.
    db.pragma('busy_timeout = 5000');
    // Write-ahead log: readers never block the writer, and a crash cannot corrupt committed data.
    db.pragma('journal_mode = WAL');
    // FULL syncs the WAL at every commit: a logged proposal survives a power cut. Writes here are small.
    db.pragma('synchronous = FULL');
    // SQLite ships with foreign keys off for backwards compatibility; we rely on them (and on cascades).
    db.pragma('foreign_keys = ON');
    // Keep temporary b-trees (GROUP BY, ORDER BY) in memory: dashboard queries sort a lot of rows.
    db.pragma('temp_store = MEMORY');

    migrate(db, list, options.now());
    if (options.log) logSlowQueries(db, options.log);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Folds the write-ahead log into the file, so the file alone is the whole database (before a restore swaps it). */
export function foldWriteAheadLog(db: Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Rows changed through this connection since it opened: whether a call wrote anything. */
export function totalChanges(db: Database): number {
  return prepared<[], { n: number }>(db, 'SELECT total_changes() AS n').get()!.n;
}
