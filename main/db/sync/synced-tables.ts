// What sync carries, table by table (docs/sync.md). Every column of a listed table syncs except
// the ones named `local`, so a column another change adds follows on its own once its migration
// ends with installSync(db). A new table joins sync by an entry here (parents before children)
// and a migration that ends with installSync(db); test/db/sync-capture.test.ts fails on a table
// that is neither here nor in NEVER_SYNCED.

export interface SyncRef {
  /** The synced table whose local id this column holds; it travels as that row's global id. */
  table: string;
  /**
   * When the row it points at is not on this computer (deleted, or merged away): 'skip' leaves the
   * row out, as SQLite's ON DELETE CASCADE would; 'null' keeps it unlinked, as ON DELETE SET NULL.
   */
  missing: 'skip' | 'null';
}

/** A list kept in a child table, carried inside its parent's row (a proposal's skills). */
export interface SyncList {
  table: string;
  /** The child's column holding the parent's local id. */
  parent: string;
  /** The column holding each value, and the one giving their order. */
  value: string;
  order: string;
}

export interface SyncedTable {
  table: string;
  /**
   * The column holding the row's global id: `gid` (a UUID v7, added by migration 8), or a natural
   * key that means the same row on every computer (a setting's name, a checklist item).
   */
  key: string;
  /** Columns that stay on this computer: the local integer id and caches derived from other rows. */
  local: readonly string[];
  refs: Readonly<Record<string, SyncRef>>;
  /**
   * SQL over a row alias giving the global id of a row that is the same on every computer that makes it
   * (a transaction imported from Upwork's CSV); NULL, or no entry, for a random UUID v7.
   */
  naturalGid?: (row: string) => string;
  /**
   * UNIQUE columns besides the key, and what sync does when two computers used the same value for
   * different rows: 'rename' adds " (2)" to the name of the row with the larger global id,
   * 'unlink' clears that row's value. Either way both rows are kept.
   */
  unique?: Readonly<Record<string, 'rename' | 'unlink'>>;
  /** Columns holding JSON text, carried as JSON. */
  json?: readonly string[];
  lists?: Readonly<Record<string, SyncList>>;
  /** Rows that stay on this computer: SQL over a row alias (NEW, OLD or the table's name). */
  localRows?: (row: string) => string;
  /** Local columns a pulled new row needs before they are derived: local column -> synced column. */
  fill?: Readonly<Record<string, string>>;
  /** The column a backfilled UUID v7 takes its time from (the row's creation). */
  createdAt?: string;
}

/**
 * Settings that belong to one computer: the zone it cuts weeks in follows the computer, not the
 * user, and the language is the reader's (two people of one team may read different ones).
 */
export const DEVICE_SETTINGS = ['timeZone', 'language'] as const;

const DEVICE_SETTINGS_SQL = DEVICE_SETTINGS.map((key) => `'${key}'`).join(', ');

/** Parents before children: pulled rows are applied in this order. */
export const SYNCED_TABLES: readonly SyncedTable[] = [
  {
    table: 'profiles',
    key: 'gid',
    local: ['id'],
    refs: {},
    unique: { name: 'rename' },
    createdAt: 'created_at',
  },
  {
    table: 'proposals',
    key: 'gid',
    // status, status_at and furthest_stage are read off the status history (refreshStatus).
    local: ['id', 'status', 'status_at', 'furthest_stage'],
    refs: { profile_id: { table: 'profiles', missing: 'skip' } },
    lists: { skills: { table: 'proposal_skills', parent: 'proposal_id', value: 'skill', order: 'position' } },
    // Until refreshStatus reads the history, a pulled proposal's status dates from when it was sent.
    fill: { status_at: 'sent_at' },
    createdAt: 'created_at',
  },
  {
    table: 'proposal_events',
    key: 'gid',
    local: ['id'],
    refs: { proposal_id: { table: 'proposals', missing: 'skip' } },
    createdAt: 'recorded_at',
  },
  {
    table: 'contracts',
    key: 'gid',
    local: ['id'],
    refs: { proposal_id: { table: 'proposals', missing: 'null' } },
    // A contract made from Upwork's own id (the Weekly Summary import) is named after it.
    naturalGid: (row) => `CASE WHEN ${row}.upwork_id IS NOT NULL THEN 'upwork-contract:' || ${row}.upwork_id END`,
    unique: { proposal_id: 'unlink', upwork_id: 'unlink' },
    createdAt: 'created_at',
  },
  {
    table: 'transactions',
    key: 'gid',
    local: ['id'],
    refs: { contract_id: { table: 'contracts', missing: 'null' } },
    // Upwork's own id: importing the same CSV on two computers gives the same rows, not twice as many.
    naturalGid: (row) => `CASE WHEN ${row}.external_id IS NOT NULL THEN 'ext:' || ${row}.external_id END`,
    unique: { external_id: 'unlink' },
    createdAt: 'created_at',
  },
  {
    table: 'connects_ledger',
    key: 'gid',
    local: ['id'],
    refs: { transaction_id: { table: 'transactions', missing: 'skip' } },
    // A purchase imported with its transaction is named after it, for the same reason.
    naturalGid: (row) =>
      `(SELECT t.gid || ':connects' FROM transactions t WHERE t.id = ${row}.transaction_id AND t.gid LIKE 'ext:%')`,
    unique: { transaction_id: 'unlink' },
    createdAt: 'created_at',
  },
  {
    table: 'work_entries',
    key: 'gid',
    local: ['id'],
    refs: { contract_id: { table: 'contracts', missing: 'null' } },
    // A Weekly Summary line's own key: the same file imported on two computers gives the same rows.
    naturalGid: (row) => `'ext:' || ${row}.external_id`,
    createdAt: 'created_at',
  },
  {
    table: 'jss_entries',
    key: 'gid',
    local: ['id'],
    refs: {},
    createdAt: 'created_at',
  },
  { table: 'profile_checklist', key: 'item', local: [], refs: {} },
  {
    table: 'settings',
    key: 'key',
    local: [],
    refs: {},
    json: ['value'],
    localRows: (row) => `${row}.key IN (${DEVICE_SETTINGS_SQL})`,
  },
];

/**
 * Tables sync leaves alone: aggregates rebuilt locally by triggers as synced rows arrive, one
 * computer's own state, sync's own bookkeeping, and lists carried inside their parent's row.
 */
export const NEVER_SYNCED = [
  'insight_weekly',
  'sent_buckets',
  'sent_totals',
  'stale_hours',
  'stale_totals',
  // The proposals list's full-text index (search-index.ts) and the shadow tables FTS5 keeps it in.
  'proposal_search',
  'proposal_search_data',
  'proposal_search_idx',
  'proposal_search_docsize',
  'proposal_search_config',
  'health_notice',
  'review_notice',
  'sync_state',
  'sync_outbox',
  'proposal_skills',
];

/** The global id Bidwell gives the profile it makes on first start, the same on every computer. */
export const FIRST_PROFILE_GID = '00000000-0000-7000-8000-000000000001';

export function syncedTable(name: string): SyncedTable {
  const spec = SYNCED_TABLES.find((t) => t.table === name);
  if (!spec) throw new Error(`Not a synced table: ${name}`);
  return spec;
}
