import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import { tableExists } from './capture';
import { SYNCED_TABLES } from './synced-tables';

// This database's side of sync: whether it captures changes, which team server it belongs to,
// how far it has pulled, and the hybrid logical clock (docs/sync.md).

export interface SyncState {
  deviceId: string;
  capturing: boolean;
  serverId: string | null;
  cursor: number;
  hlc: number;
  lastSyncedAt: string | null;
}

export function readSyncState(db: Database): SyncState {
  const row = prepared<
    [],
    {
      device_id: string;
      capturing: number;
      server_id: string | null;
      cursor: number;
      hlc: number;
      last_synced_at: string | null;
    }
  >(db, 'SELECT device_id, capturing, server_id, cursor, hlc, last_synced_at FROM sync_state WHERE id = 1').get()!;
  return {
    deviceId: row.device_id,
    capturing: row.capturing === 1,
    serverId: row.server_id,
    cursor: row.cursor,
    hlc: row.hlc,
    lastSyncedAt: row.last_synced_at,
  };
}

/**
 * Joins this database to the team server `serverId`: every synced row goes into the outbox (the
 * server gets it all; rows it has already are settled by the clock), the pull starts from the
 * beginning, and from now on the triggers note each change.
 */
export function beginCapture(db: Database, serverId: string): void {
  db.transaction(() => {
    for (const spec of SYNCED_TABLES) {
      if (!tableExists(db, spec.table)) continue;
      const local = spec.localRows ? `WHERE NOT (${spec.localRows(spec.table)})` : 'WHERE true';
      prepared(
        db,
        `INSERT INTO sync_outbox (tbl, gid) SELECT '${spec.table}', ${spec.key} FROM ${spec.table} ${local}
           ON CONFLICT (tbl, gid) DO UPDATE SET hlc = NULL, device = NULL`,
      ).run();
    }
    prepared(db, 'UPDATE sync_state SET capturing = 1, server_id = ?, cursor = 0 WHERE id = 1').run(serverId);
  })();
}

/** Leaves the team: nothing is captured any more and nothing waits; the data stays as it is. */
export function endCapture(db: Database): void {
  db.transaction(() => {
    prepared(db, 'DELETE FROM sync_outbox').run();
    prepared(
      db,
      'UPDATE sync_state SET capturing = 0, server_id = NULL, cursor = 0, last_synced_at = NULL WHERE id = 1',
    ).run();
  })();
}

/** After a pull: where it got to, the clock moved past every stamp it saw, and when. */
export function savePullProgress(db: Database, cursor: number, seenHlc: number, at: string): void {
  prepared(db, 'UPDATE sync_state SET cursor = max(cursor, ?), hlc = max(hlc, ?), last_synced_at = ? WHERE id = 1').run(
    cursor,
    seenHlc,
    at,
  );
}
