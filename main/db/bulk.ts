import type { Database } from 'better-sqlite3';
import { prepared } from './statements';
import { syncedTable } from './sync/synced-tables';

// Many rows written at once (a 100,000-row import): one `INSERT ... SELECT ... FROM (VALUES ...)`
// per chunk of rows instead of one statement per row. A statement per row pays the call into
// better-sqlite3 and SQLite's statement setup every time; a chunk pays them once. The values are
// bound parameters: reading them off one JSON array per chunk instead (json_each, `value ->> i`)
// cost about a quarter of the insert. The triggers still fire per row (the sync outbox,
// summaries), so what is stored is what the row-by-row inserts stored. Chunks are kept small: a
// chunk is one timed query, and it should stay well under the slow-query log's 40 ms; 500 rows
// of 11 columns is 5,500 parameters, under SQLite's 32,766.

export const BULK_CHUNK = 500;

/** `(VALUES (?, ?), (?, ?))` for `rows` rows of `width` values; SQLite names its columns column1, column2, ... */
export function chunkValues(width: number, rows: number): string {
  const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  return `(VALUES ${Array.from({ length: rows }, () => row).join(', ')})`;
}

/**
 * `INSERT INTO table (<columns>, gid) SELECT <columns>, <global id> FROM (VALUES ...)` for `rows`
 * rows: each row's values in the order of `columns`, and its global id the table's natural one
 * (synced-tables.ts), made here as the insert trigger would have, which saves the trigger
 * rewriting every row it has just written (docs/sync.md).
 */
export function chunkInsert(table: string, columns: readonly string[], rows: number): string {
  const named = columns.map((column, i) => `column${i + 1} AS ${column}`).join(', ');
  const gid = syncedTable(table).naturalGid?.('r') ?? 'NULL';
  return `INSERT INTO ${table} (${columns.join(', ')}, gid)
    SELECT ${columns.map((column) => `r.${column}`).join(', ')}, ${gid} FROM (SELECT ${named} FROM ${chunkValues(columns.length, rows)}) r`;
}

/**
 * Runs `sql(n)`, a statement writing n rows, for `rows`, BULK_CHUNK rows per statement, each row bound as `toValues` of it. Two
 * statements in all, kept like every other (statements.ts): one of a whole chunk, and one of a
 * single row for the rest, so no statement is made for each file's odd remainder.
 */
export function insertInChunks<T>(
  db: Database,
  sql: (rows: number) => string,
  rows: readonly T[],
  toValues: (row: T) => readonly (string | number | null)[],
): void {
  const whole = rows.length - (rows.length % BULK_CHUNK);
  if (whole > 0) {
    const chunk = prepared<unknown[]>(db, sql(BULK_CHUNK));
    for (let start = 0; start < whole; start += BULK_CHUNK) {
      chunk.run(rows.slice(start, start + BULK_CHUNK).flatMap(toValues));
    }
  }
  if (whole < rows.length) {
    const one = prepared<unknown[]>(db, sql(1));
    for (let i = whole; i < rows.length; i++) one.run(toValues(rows[i]!));
  }
}

/**
 * `rows` sorted by the key their unique index is on (an external id): a new row then lands at the
 * end of its index's b-tree or next to the one before it, which SQLite writes as an append into
 * full pages instead of a split in the middle of the index. The rows' local ids follow this order,
 * not the file's; what reads them in id order only breaks ties with it.
 */
export function inKeyOrder<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return rows
    .map((row) => [key(row), row] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
}
