import type { Database } from 'better-sqlite3';
import { totalChanges } from './open';

/**
 * Whether a connection wrote anything since it was last looked at, told by SQLite's
 * total_changes() counter, so what runs after each IPC call (the health check, the language
 * main speaks) skips read-only calls without keeping a list of "mutating channels".
 * A different connection (sample data opened, a backup restored) counts as changed.
 */
export class ChangeCounter {
  #db: Database | null = null;
  #changes = -1;

  changedSince(db: Database): boolean {
    return db !== this.#db || totalChanges(db) !== this.#changes;
  }

  /** Marks the connection's present count as seen (after any writes the caller made itself). */
  remember(db: Database): void {
    this.#db = db;
    this.#changes = totalChanges(db);
  }
}
