import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

// The outbox's stamps: a hybrid logical clock (Kulkarni et al., 2014) kept as one integer,
// milliseconds * 1024 + a counter. It never goes back, stays close to the wall clock, and after a
// pull it is past every stamp seen, so a change made after seeing another one always wins over it.

export const HLC_COUNTER = 1024;

/** The next clock value: the wall clock's, or one past the last value if that is later. */
export function nextHlc(last: number, nowMs: number): number {
  return Math.max(last + 1, nowMs * HLC_COUNTER);
}

/**
 * Stamps the changes not stamped yet with one new clock value and this installation's id; returns
 * how many it stamped. Called after each call that may have written (the session) and before
 * every push, so a change carries the time it was made.
 */
export function stampOutbox(db: Database, nowMs: number): number {
  return db.transaction(() => {
    if (!prepared(db, 'SELECT 1 FROM sync_outbox WHERE hlc IS NULL LIMIT 1').get()) return 0;
    const state = prepared<[], { hlc: number; device_id: string }>(
      db,
      'SELECT hlc, device_id FROM sync_state WHERE id = 1',
    ).get()!;
    const hlc = nextHlc(state.hlc, nowMs);
    const stamped = prepared(db, 'UPDATE sync_outbox SET hlc = ?, device = ? WHERE hlc IS NULL').run(
      hlc,
      state.device_id,
    ).changes;
    prepared(db, 'UPDATE sync_state SET hlc = ? WHERE id = 1').run(hlc);
    return stamped;
  })();
}

/** Puts a row in the outbox (a change sync itself made: a name two computers both used). */
export function queueChange(db: Database, tbl: string, gid: string): void {
  prepared(
    db,
    `INSERT INTO sync_outbox (tbl, gid) VALUES (?, ?) ON CONFLICT (tbl, gid) DO UPDATE SET hlc = NULL, device = NULL`,
  ).run(tbl, gid);
}

/** Changes waiting to be pushed. */
export function waitingCount(db: Database): number {
  return prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM sync_outbox').get()!.n;
}
