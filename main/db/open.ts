import Sqlite, { type Database } from 'better-sqlite3';
import type { Clock } from '@shared/clock';
import { FutureSchemaError, migrate, userVersion } from './migrate';
import { LATEST_VERSION, migrations } from './migrations';

export interface OpenOptions {
  /** Path of a better-sqlite3 build for this runtime (the Electron build when running in Electron). */
  nativeBinding?: string;
  /** Applied migrations list; tests pass a shorter one to build older versions. */
  migrations?: typeof migrations;
  /** The time migrations stamp on the rows they write. */
  now: Clock;
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
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
