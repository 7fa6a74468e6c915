import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import { FIRST_PROFILE_GID, SYNCED_TABLES, type SyncedTable } from './synced-tables';

// Change capture (docs/sync.md): each synced row gets a global id, and triggers note every change
// in sync_outbox while this database is joined to a team (sync_state.capturing). Triggers, not
// application code, so every write path is covered: the handlers, imports, Undo, and the writes
// SQLite makes itself (a cascade). The outbox holds which rows changed, not what they became:
// the push reads each row as it is then, and a row no longer there is sent as a tombstone.
// Its hybrid-clock stamp is put on by the app right after the change (outbox.ts), so "now"
// stays an input; SQLite's own clock only feeds the time part of a new UUID v7 below.

/** A UUID v7 (RFC 9562) in SQL: 48 bits of Unix milliseconds from `ms`, the version, the variant, 74 random bits. */
export function uuid7Sql(ms: string): string {
  return `printf('%08x-%04x-7%03x-%x%03x-%012x', (${ms}) >> 16, (${ms}) & 65535, random() & 4095, 8 | (random() & 3), random() & 4095, random() & 281474976710655)`;
}

const NOW_MS = `CAST(unixepoch('subsec') * 1000 AS INTEGER)`;
const CAPTURING = '(SELECT capturing FROM sync_state WHERE id = 1) = 1';

export function tableExists(db: Database, table: string): boolean {
  return prepared(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

export function columnsOf(db: Database, table: string): string[] {
  return prepared<[string], { name: string }>(db, 'SELECT name FROM pragma_table_info(?) ORDER BY cid')
    .all(table)
    .map((c) => c.name);
}

/** The columns a table's rows carry to other computers: all but the key and the local ones. */
export function dataColumns(db: Database, spec: SyncedTable): string[] {
  return columnsOf(db, spec.table).filter((c) => c !== spec.key && !spec.local.includes(c));
}

/** Adds the gid column to a table that has none yet, with every existing row's id. */
function addGlobalIds(db: Database, spec: SyncedTable): void {
  const { table } = spec;
  if (spec.key !== 'gid' || columnsOf(db, table).includes('gid')) return;
  db.exec(`ALTER TABLE ${table} ADD COLUMN gid TEXT`);
  if (table === 'profiles') {
    // The profile Bidwell makes on first start is one profile on every computer, not one each.
    db.exec(`UPDATE profiles SET gid = '${FIRST_PROFILE_GID}' WHERE id = (SELECT min(id) FROM profiles)`);
  }
  if (spec.naturalGid) db.exec(`UPDATE ${table} SET gid = ${spec.naturalGid(table)} WHERE gid IS NULL`);
  const ms = spec.createdAt
    ? `CAST(coalesce(unixepoch(${table}.${spec.createdAt}, 'subsec'), unixepoch('subsec')) * 1000 AS INTEGER)`
    : NOW_MS;
  db.exec(`
    UPDATE ${table} SET gid = ${uuid7Sql(ms)} WHERE gid IS NULL;
    CREATE UNIQUE INDEX ${table}_gid ON ${table} (gid);
  `);
}

function outboxInsert(table: string, gidSql: string, where: string): string {
  return `INSERT INTO sync_outbox (tbl, gid) SELECT '${table}', ${gidSql} ${where}
    ON CONFLICT (tbl, gid) DO UPDATE SET hlc = NULL, device = NULL;`;
}

function triggersFor(db: Database, spec: SyncedTable): string {
  const { table, key } = spec;
  const keep = (row: string) => (spec.localRows ? ` AND NOT (${spec.localRows(row)})` : '');
  const columns = dataColumns(db, spec);
  const gidOfNew =
    key === 'gid'
      ? `UPDATE ${table} SET gid = coalesce(${spec.naturalGid?.('NEW') ?? 'NULL'}, ${uuid7Sql(NOW_MS)})
           WHERE rowid = NEW.rowid AND NEW.gid IS NULL;
         ${outboxInsert(table, 'gid', `FROM ${table} WHERE rowid = NEW.rowid AND ${CAPTURING}${keep('NEW')}`)}`
      : outboxInsert(table, `NEW.${key}`, `WHERE ${CAPTURING}${keep('NEW')}`);
  // A row that comes with its global id (an import's chunk, a pulled row) into a database not in a
  // team needs nothing: the WHEN says so before SQLite runs the two statements above for it, which
  // cost about a tenth of a large import's inserts (CPU time). The body keeps its own checks, so
  // what it does when it runs is unchanged.
  const insertWhen = key === 'gid' ? `NEW.gid IS NULL OR ${CAPTURING}` : CAPTURING;
  const parts = [
    `CREATE TRIGGER sync_${table}_insert AFTER INSERT ON ${table} WHEN ${insertWhen} BEGIN ${gidOfNew} END;`,
    `CREATE TRIGGER sync_${table}_delete AFTER DELETE ON ${table} WHEN ${CAPTURING}${keep('OLD')} BEGIN
       ${outboxInsert(table, `OLD.${key}`, 'WHERE true')} END;`,
  ];
  // Only a change to what syncs: refreshStatus rewriting a proposal's cached status is no edit.
  if (columns.length > 0) {
    parts.push(`CREATE TRIGGER sync_${table}_update AFTER UPDATE OF ${columns.join(', ')} ON ${table}
      WHEN ${CAPTURING}${keep('NEW')} AND (${columns.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')}) BEGIN
        ${outboxInsert(table, `NEW.${key}`, 'WHERE true')} END;`);
  }
  for (const list of Object.values(spec.lists ?? {})) {
    for (const [event, row] of [
      ['insert', 'NEW'],
      ['delete', 'OLD'],
    ] as const) {
      // A list entry changes its parent. Gone with its parent (a cascade), it needs nothing: the parent's tombstone says it.
      parts.push(`CREATE TRIGGER sync_${list.table}_${event} AFTER ${event.toUpperCase()} ON ${list.table}
        WHEN ${CAPTURING} BEGIN
          ${outboxInsert(table, `p.${key}`, `FROM ${table} p WHERE p.id = ${row}.${list.parent}`)} END;`);
    }
  }
  return parts.join('\n');
}

/**
 * Brings global ids and capture triggers up to date with SYNCED_TABLES and the columns the tables
 * have now. Idempotent: migration 8 calls it, and so does every later migration that adds a synced
 * table or a column to one (docs/sync.md). Tables a later migration creates are skipped until then.
 */
export function installSync(db: Database): void {
  const old = prepared<[], { name: string }>(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'",
  ).all();
  for (const { name } of old) db.exec(`DROP TRIGGER ${name}`);
  for (const spec of SYNCED_TABLES) {
    if (!tableExists(db, spec.table)) continue;
    addGlobalIds(db, spec);
    db.exec(triggersFor(db, spec));
  }
}
