import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

/** Proposals hired in [from, to) (ISO UTC instants), each counted once however often it was marked hired. */
export type HireCounter = (from: string, to: string) => number;

/** One window, straight from the status index. */
export function hiredBetween(db: Database, from: string, to: string): number {
  return prepared<[string, string], { n: number }>(
    db,
    `SELECT count(DISTINCT proposal_id) AS n FROM proposal_events
       WHERE status = 'hired' AND occurred_at >= ? AND occurred_at < ?`,
  ).get(from, to)!.n;
}

/** The first index whose instant is not before `at` (instants sorted, compared as SQLite compares text). */
function firstAtOrAfter(instants: readonly string[], at: string): number {
  let low = 0;
  let high = instants.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (instants[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A counter for the many overlapping windows of the health trend inside [from, to): the span's
 * hires are read once (one pass along the status index) instead of once per window (24 windows
 * of up to 90 days re-read the same hires: 45 ms of the report at 1,000,000 proposals). A window
 * reaching outside the span is counted by its own query.
 */
export function hireCounter(db: Database, from: string, to: string): HireCounter {
  const rows = prepared<[string, string], { at: string; id: number }>(
    db,
    `SELECT occurred_at AS at, proposal_id AS id FROM proposal_events
      WHERE status = 'hired' AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at`,
  ).all(from, to);
  const instants = rows.map((r) => r.at);
  return (windowFrom, windowTo) => {
    if (windowFrom < from || windowTo > to) return hiredBetween(db, windowFrom, windowTo);
    const proposals = new Set<number>();
    const end = firstAtOrAfter(instants, windowTo);
    for (let i = firstAtOrAfter(instants, windowFrom); i < end; i++) proposals.add(rows[i]!.id);
    return proposals.size;
  };
}
