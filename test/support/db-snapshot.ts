import type { Database } from 'better-sqlite3';

/**
 * Every row of every table, to assert that a refused call changed nothing. `withoutGlobalIds`
 * leaves out each row's global id (`gid`, docs/sync.md) and the installation's (`device_id`): an
 * Undo puts a row back under a new one (other computers see a delete and a new row) and a new
 * database draws them at random, while every other value must come back exactly.
 */
export function snapshot(db: Database, options: { withoutGlobalIds?: boolean } = {}): Record<string, unknown[]> {
  const tables = db
    .prepare<[], { name: string }>(
      // Ordinary tables only: the search index (a virtual table and its shadow tables) is derived data.
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
  return Object.fromEntries(tables.map(({ name }) => [name, rowsOf(db, name, options.withoutGlobalIds ?? false)]));
}

export function rowsOf(db: Database, table: string, withoutGlobalIds: boolean): unknown[] {
  const rows = db.prepare<[], Record<string, unknown>>(`SELECT * FROM "${table}" ORDER BY rowid`).all();
  return withoutGlobalIds ? rows.map(({ gid: _gid, device_id: _device, ...rest }) => rest) : rows;
}
