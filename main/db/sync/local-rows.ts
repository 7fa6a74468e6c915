import type { Database } from 'better-sqlite3';
import { refreshStatus } from '../proposals/proposals';
import { prepared } from '../statements';
import { dataColumns } from './capture';
import { queueChange } from './outbox';
import type { PulledRow, SyncRow } from './server-rows';
import { syncedTable, type SyncedTable } from './synced-tables';

// The SQLite side of push and pull (docs/sync.md): a synced row as it travels (its data columns,
// references as the global ids of the rows they point at, lists inside), and pulled rows applied
// back, last writer wins against what waits in the outbox.

const columnCache = new WeakMap<Database, Map<string, string[]>>();

/** A table's synced columns, read once per connection (migrations run before any sync). */
function columns(db: Database, spec: SyncedTable): string[] {
  let perDb = columnCache.get(db);
  if (!perDb) columnCache.set(db, (perDb = new Map()));
  let list = perDb.get(spec.table);
  if (!list) perDb.set(spec.table, (list = dataColumns(db, spec)));
  return list;
}

function selectSql(db: Database, spec: SyncedTable): string {
  const parts = columns(db, spec).map((c) => {
    const ref = spec.refs[c];
    return ref ? `(SELECT r.gid FROM ${ref.table} r WHERE r.id = t.${c}) AS ${c}` : `t.${c}`;
  });
  for (const [name, list] of Object.entries(spec.lists ?? {})) {
    parts.push(`(SELECT json_group_array(v) FROM (SELECT ${list.value} AS v FROM ${list.table}
       WHERE ${list.parent} = t.id ORDER BY ${list.order})) AS ${name}`);
  }
  return `SELECT ${parts.join(', ')} FROM ${spec.table} t WHERE t.${spec.key} = ?`;
}

/** A row as it travels, or null when it is gone (its tombstone). */
function readRow(db: Database, spec: SyncedTable, gid: string): Record<string, unknown> | null {
  const row = prepared<[string], Record<string, unknown>>(db, selectSql(db, spec)).get(gid);
  if (!row) return null;
  for (const column of [...(spec.json ?? []), ...Object.keys(spec.lists ?? {})]) {
    row[column] = JSON.parse(row[column] as string);
  }
  return row;
}

export interface PushBatch {
  rows: SyncRow[];
  /** Outbox entries and the stamp each had when read: cleared after the push only if unchanged. */
  entries: { id: number; hlc: number }[];
}

/** The next stamped changes to push, each row read as it is now. */
export function readPushBatch(db: Database, limit: number): PushBatch {
  const entries = prepared<[number], { id: number; tbl: string; gid: string; hlc: number; device: string }>(
    db,
    'SELECT id, tbl, gid, hlc, device FROM sync_outbox WHERE hlc IS NOT NULL ORDER BY id LIMIT ?',
  ).all(limit);
  const rows = entries.map((e) => {
    const data = readRow(db, syncedTable(e.tbl), e.gid);
    return { tbl: e.tbl, gid: e.gid, hlc: e.hlc, device: e.device, deleted: data === null, data };
  });
  return { rows, entries: entries.map(({ id, hlc }) => ({ id, hlc })) };
}

/** After the server took a batch: its entries leave the outbox, unless the row changed meanwhile. */
export function clearPushed(db: Database, batch: PushBatch): void {
  const clear = prepared(db, 'DELETE FROM sync_outbox WHERE id = ? AND hlc = ?');
  db.transaction(() => batch.entries.forEach((e) => clear.run(e.id, e.hlc)))();
}

function localId(db: Database, table: string, gid: string): number | undefined {
  return prepared<[string], { id: number }>(db, `SELECT id FROM ${table} WHERE gid = ?`).get(gid)?.id;
}

/** The row's values for this table's columns, references made local; null if it cannot be placed. */
function localValues(db: Database, spec: SyncedTable, data: Record<string, unknown>): unknown[] | null {
  const values: unknown[] = [];
  for (const column of columns(db, spec)) {
    let value = data[column] ?? null;
    const ref = spec.refs[column];
    if (ref && value !== null) {
      value = localId(db, ref.table, String(value)) ?? null;
      if (value === null && ref.missing === 'skip') return null;
    }
    if (spec.json?.includes(column)) value = JSON.stringify(value);
    values.push(value);
  }
  return values;
}

function upsertSql(db: Database, spec: SyncedTable): string {
  const cols = columns(db, spec);
  const fills = Object.entries(spec.fill ?? {});
  const names = [spec.key, ...cols, ...fills.map(([local]) => local)];
  return `INSERT INTO ${spec.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
    ON CONFLICT (${spec.key}) DO UPDATE SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')}`;
}

/** A free variant of a name two rows share: "Name (2)", "Name (3)"... */
function freeName(db: Database, spec: SyncedTable, column: string, name: string): string {
  const taken = prepared<[string], { n: number }>(db, `SELECT count(*) AS n FROM ${spec.table} WHERE ${column} = ?`);
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (taken.get(candidate)!.n === 0) return candidate;
  }
}

/**
 * Two rows with one value in a UNIQUE column (two computers named a profile alike): the row with
 * the larger global id gives way (renamed or unlinked, as SYNCED_TABLES says), the same on every
 * computer, and the change is queued so the server learns it.
 */
function settleUnique(db: Database, spec: SyncedTable, gid: string, values: unknown[]): void {
  const cols = columns(db, spec);
  for (const [column, rule] of Object.entries(spec.unique ?? {})) {
    const at = cols.indexOf(column);
    const value = values[at];
    if (value === null || value === undefined) continue;
    const other = prepared<[unknown, string], { key: string; value: unknown }>(
      db,
      `SELECT ${spec.key} AS key, ${column} AS value FROM ${spec.table} WHERE ${column} = ? AND ${spec.key} <> ?`,
    ).get(value, gid);
    if (!other) continue;
    // The one that gives way keeps its own spelling: "design" becomes "design (2)".
    const givesWay = gid > other.key ? value : other.value;
    const replacement = rule === 'rename' ? freeName(db, spec, column, String(givesWay)) : null;
    if (gid > other.key) {
      values[at] = replacement;
      queueChange(db, spec.table, gid);
    } else {
      prepared(db, `UPDATE ${spec.table} SET ${column} = ? WHERE ${spec.key} = ?`).run(replacement, other.key);
      queueChange(db, spec.table, other.key);
    }
  }
}

/** A row's local values for its synced columns (local ids, JSON as text), to compare with pulled ones. */
function storedValues(db: Database, spec: SyncedTable, gid: string): unknown[] | undefined {
  const cols = columns(db, spec);
  const row = prepared<[string], Record<string, unknown>>(
    db,
    `SELECT ${cols.join(', ')} FROM ${spec.table} WHERE ${spec.key} = ?`,
  ).get(gid);
  return row && cols.map((c) => row[c]);
}

/**
 * Writes a pulled row. A row already here is updated in the columns that differ only: the summary
 * triggers (insight_weekly, sent_buckets) fire per column named, so a note edited elsewhere does
 * not recount the row's eleven insight groups and its skills.
 */
function writeRow(db: Database, spec: SyncedTable, gid: string, values: unknown[], fills: number[]): void {
  const stored = storedValues(db, spec, gid);
  if (!stored) {
    prepared(db, upsertSql(db, spec)).run(gid, ...values, ...fills.map((at) => values[at]));
    return;
  }
  const cols = columns(db, spec);
  const changed = cols.flatMap((column, i) => (stored[i] === values[i] ? [] : [i]));
  if (changed.length === 0) return;
  prepared(db, `UPDATE ${spec.table} SET ${changed.map((i) => `${cols[i]} = ?`).join(', ')} WHERE ${spec.key} = ?`).run(
    ...changed.map((i) => values[i]),
    gid,
  );
}

function replaceLists(db: Database, spec: SyncedTable, gid: string, data: Record<string, unknown>): void {
  const lists = Object.entries(spec.lists ?? {});
  if (lists.length === 0) return;
  const id = localId(db, spec.table, gid)!;
  for (const [name, list] of lists) {
    const pulled = Array.isArray(data[name]) ? (data[name] as unknown[]) : [];
    const stored = prepared<[number], { v: unknown }>(
      db,
      `SELECT ${list.value} AS v FROM ${list.table} WHERE ${list.parent} = ? ORDER BY ${list.order}`,
    )
      .all(id)
      .map((r) => r.v);
    // Unchanged (the usual case): left alone, so its summary triggers do not run for nothing.
    if (JSON.stringify(stored) === JSON.stringify(pulled)) continue;
    prepared(db, `DELETE FROM ${list.table} WHERE ${list.parent} = ?`).run(id);
    const insert = prepared(
      db,
      `INSERT INTO ${list.table} (${list.parent}, ${list.order}, ${list.value}) VALUES (?, ?, ?)`,
    );
    pulled.forEach((value, i) => insert.run(id, i, value));
  }
}

/** Whether the change waiting here wins over the pulled one: later clock, or equal and larger device id. */
function localWins(pending: { hlc: number | null; device: string | null }, row: PulledRow): boolean {
  if (pending.hlc === null) return true;
  return pending.hlc > row.hlc || (pending.hlc === row.hlc && (pending.device ?? '') > row.device);
}

/**
 * Applies one page of a table's pulled rows in one transaction, without noting them in the outbox
 * (they came from the server). A row whose own change here is later is left for the push to
 * send; one that wins replaces the waiting change. Aggregates follow through their own triggers;
 * a proposal's cached status is read again off its history.
 */
export function applyPulled(db: Database, tbl: string, rows: readonly PulledRow[]): void {
  const spec = syncedTable(tbl);
  const pendingOf = prepared<[string, string], { hlc: number | null; device: string | null }>(
    db,
    'SELECT hlc, device FROM sync_outbox WHERE tbl = ? AND gid = ?',
  );
  const fills = Object.values(spec.fill ?? {}).map((from) => columns(db, spec).indexOf(from));
  db.transaction(() => {
    prepared(db, 'UPDATE sync_state SET capturing = 0 WHERE id = 1').run();
    const refresh = new Set<number>();
    for (const row of rows) {
      const pending = pendingOf.get(tbl, row.gid);
      if (pending && localWins(pending, row)) continue;
      if (pending) prepared(db, 'DELETE FROM sync_outbox WHERE tbl = ? AND gid = ?').run(tbl, row.gid);
      if (tbl === 'proposal_events') {
        const proposal = eventProposal(db, row.gid);
        if (proposal !== undefined) refresh.add(proposal);
      }
      if (row.deleted || row.data === null) {
        prepared(db, `DELETE FROM ${tbl} WHERE ${spec.key} = ?`).run(row.gid);
        continue;
      }
      const values = localValues(db, spec, row.data);
      if (!values) continue;
      settleUnique(db, spec, row.gid, values);
      writeRow(db, spec, row.gid, values, fills);
      replaceLists(db, spec, row.gid, row.data);
      if (tbl === 'proposal_events') refresh.add(eventProposal(db, row.gid)!);
    }
    // A proposal's history is pulled after it (parents first): its status is read off it then.
    for (const id of refresh) if (hasHistory(db, id)) refreshStatus(db, id);
    prepared(db, 'UPDATE sync_state SET capturing = 1 WHERE id = 1').run();
  })();
}

function hasHistory(db: Database, proposalId: number): boolean {
  return prepared(db, 'SELECT 1 FROM proposal_events WHERE proposal_id = ? LIMIT 1').get(proposalId) !== undefined;
}

function eventProposal(db: Database, gid: string): number | undefined {
  return prepared<[string], { id: number }>(db, 'SELECT proposal_id AS id FROM proposal_events WHERE gid = ?').get(gid)
    ?.id;
}
