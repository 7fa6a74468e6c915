import type { Database } from 'better-sqlite3';
import type { ClientBase } from 'pg';
import type { Clock } from '@shared/clock';
import { applyPulled, clearPushed, readPushBatch } from '@main/db/sync/local-rows';
import { stampOutbox } from '@main/db/sync/outbox';
import { latestSeq, pullPage, pushRows, type PulledRow } from '@main/db/sync/server-rows';
import { migrateServer } from '@main/db/sync/server-schema';
import { beginCapture, readSyncState, savePullProgress } from '@main/db/sync/state';
import { SYNCED_TABLES } from '@main/db/sync/synced-tables';

// One sync: push what waits here, then pull what the others pushed (docs/sync.md). Every step is
// safe to cut at any point: a push repeated changes nothing on the server (its clock is not
// later), outbox entries leave only once the server has them, and the cursor moves only after
// everything up to it is applied here, so the next sync picks up where this one stopped.

export interface SyncOptions {
  now: Clock;
  /** The member name the team sees beside this computer's changes. */
  member: string;
  /** Rows per push transaction and per pull page. */
  batch?: number;
}

export interface SyncReport {
  pushed: number;
  pulled: number;
}

export async function syncOnce(db: Database, client: ClientBase, options: SyncOptions): Promise<SyncReport> {
  const batch = options.batch ?? 1000;
  const serverId = await migrateServer(client);
  const state = readSyncState(db);
  // Joining (or pointed at another team's server): everything here goes up, everything there comes down.
  if (!state.capturing || state.serverId !== serverId) beginCapture(db, serverId);
  stampOutbox(db, options.now().getTime());

  let pushed = 0;
  for (;;) {
    const next = readPushBatch(db, batch);
    if (next.rows.length === 0) break;
    await pushRows(client, next.rows, options.member);
    clearPushed(db, next);
    pushed += next.rows.length;
  }

  const { cursor, deviceId } = readSyncState(db);
  const upTo = await latestSeq(client);
  let pulled = 0;
  let seenHlc = 0;
  const apply = (table: string, page: readonly PulledRow[]) => {
    if (page.length === 0) return;
    applyPulled(db, table, page);
    pulled += page.length;
    seenHlc = Math.max(seenHlc, ...page.map((r) => r.hlc));
  };
  // The usual sync brings a few changes: one query for every table, applied parents first. Only
  // when they do not fit one page, table by table, a page at a time (a page of every table at
  // once could hold a child whose parent, changed again since, sorts into a later page).
  const everything = await pullPage(client, null, cursor, upTo, deviceId, batch);
  if (everything.length < batch) {
    for (const { table } of SYNCED_TABLES) {
      const ofTable = everything.filter((r) => r.tbl === table);
      apply(table, ofTable);
    }
  } else {
    for (const { table } of SYNCED_TABLES) {
      for (let after = cursor; ;) {
        const page = await pullPage(client, table, after, upTo, deviceId, batch);
        apply(table, page);
        if (page.length < batch) break;
        after = page.at(-1)!.seq;
      }
    }
  }
  savePullProgress(db, upTo, seenHlc, options.now().toISOString());
  return { pushed, pulled };
}
