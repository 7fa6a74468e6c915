import type { Database } from 'better-sqlite3';
import pg, { type ClientConfig } from 'pg';
import { DEVICE_SETTINGS, SYNCED_TABLES } from '@main/db/sync/synced-tables';
import { syncOnce, type SyncReport } from '@main/sync/engine';
import type { PostgresServer } from './postgres';

// Two (or more) computers and one team server, for the sync tests: each "device" is a testApp
// with its own SQLite file and clock; a team is a fresh database on the test's PostgreSQL.

let teams = 0;

/** A fresh, empty team database; its superuser connection settings (the team owner's login). */
export function newTeam(server: PostgresServer): Promise<ClientConfig> {
  return server.createDatabase(`team_${++teams}`);
}

/** One sync of `db` with the team at `config`, as the app runs it, on its own connection. */
export async function syncWith(
  db: Database,
  config: ClientConfig,
  options: { now: () => Date; member?: string; batch?: number },
): Promise<SyncReport> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await syncOnce(db, client, { member: 'Ana', ...options });
  } finally {
    await client.end();
  }
}

type Row = Record<string, unknown>;

/**
 * Everything sync carries, as sync sees it: each synced table's rows by global id, local ids left
 * out and references given as the global ids they point at, lists inside their parent; with the
 * caches rebuilt here from them (a proposal's status, the weekly insight summary). Settings that
 * belong to one computer (its zone) are left out.
 */
export function syncedData(db: Database): Record<string, Row[]> {
  const gidById = (table: string) =>
    new Map(
      db
        .prepare<[], { id: number; gid: string }>(`SELECT id, gid FROM ${table}`)
        .all()
        .map((r) => [r.id, r.gid]),
    );
  const data: Record<string, Row[]> = {};
  for (const spec of SYNCED_TABLES) {
    const refs = Object.fromEntries(Object.entries(spec.refs).map(([column, ref]) => [column, gidById(ref.table)]));
    data[spec.table] = db
      .prepare<[], Row>(`SELECT * FROM ${spec.table} ORDER BY ${spec.key}`)
      .all()
      .filter((row) => !(spec.table === 'settings' && (DEVICE_SETTINGS as readonly unknown[]).includes(row.key)))
      .map(({ id, ...row }) => {
        for (const [column, gids] of Object.entries(refs)) row[column] = gids.get(row[column] as number) ?? null;
        for (const [name, list] of Object.entries(spec.lists ?? {})) {
          row[name] = db
            .prepare(`SELECT ${list.value} AS v FROM ${list.table} WHERE ${list.parent} = ? ORDER BY ${list.order}`)
            .pluck()
            .all(id);
        }
        return row;
      });
  }
  data.insight_weekly = db
    .prepare<[], Row>(
      'SELECT * FROM insight_weekly WHERE sent <> 0 OR viewed <> 0 OR hired <> 0 ORDER BY week, dimension, value',
    )
    .all();
  return data;
}

/** Live (not deleted) rows on the server per table. */
export async function serverCounts(server: PostgresServer, database: string): Promise<Record<string, number>> {
  const rows = await server.sql<{ tbl: string; n: string }>(
    'SELECT tbl, count(*) AS n FROM bidwell.rows WHERE NOT deleted GROUP BY tbl ORDER BY tbl',
    database,
  );
  return Object.fromEntries(rows.map((r) => [r.tbl, Number(r.n)]));
}
