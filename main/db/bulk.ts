import type { Database } from 'better-sqlite3';
import { prepared } from './statements';
import { syncedTable } from './sync/synced-tables';

// Many rows written at once (a 100,000-row import): one `INSERT ... SELECT ... FROM json_each(?)`
// per chunk instead of one statement per row. A statement per row pays the call into
// better-sqlite3, the binding and SQLite's statement setup every time; a chunk pays them once and
// SQLite reads the rows off one JSON array. The triggers still fire per row (the sync outbox,
// summaries), so what is stored is what the row-by-row inserts stored. Chunks are kept small: a
// chunk is one timed query, and it should stay well under the slow-query log's 40 ms.

export const BULK_CHUNK = 500;

/**
 * `SELECT <columns>, <global id> FROM <a chunk's rows>`, for `INSERT INTO table (<columns>, gid)`:
 * each row's values are read off the chunk's JSON array in the order of `columns`, and its global
 * id is the table's natural one (synced-tables.ts), made here as the insert trigger would have,
 * which saves the trigger rewriting every row it has just written (docs/sync.md). JSON keeps
 * SQLite's types: integers stay INTEGER, strings TEXT, null NULL.
 */
export function chunkRows(table: string, columns: readonly string[]): string {
  const named = columns.map((column, i) => `value ->> ${i} AS ${column}`).join(', ');
  const gid = syncedTable(table).naturalGid?.('r') ?? 'NULL';
  return `SELECT ${columns.map((column) => `r.${column}`).join(', ')}, ${gid} FROM (SELECT ${named} FROM json_each(?)) r`;
}

/** Runs `sql` (one parameter: `json_each(?)`) once per chunk of `rows`, each row as `toValues` of it. */
export function insertInChunks<T>(
  db: Database,
  sql: string,
  rows: readonly T[],
  toValues: (row: T) => readonly (string | number | null)[],
): void {
  const insert = prepared<[string]>(db, sql);
  for (let start = 0; start < rows.length; start += BULK_CHUNK) {
    insert.run(JSON.stringify(rows.slice(start, start + BULK_CHUNK).map(toValues)));
  }
}
