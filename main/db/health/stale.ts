import type { Database } from 'better-sqlite3';
import type { StaleProposal } from '@shared/domain/health';
import { deleteEvent, getEvent, insertEvent } from '../proposals/proposals';
import { prepared } from '../statements';
import { countWaitingBefore } from './stale-hours';

// Proposals still "sent" or "viewed" long after their last change: the client went quiet.
// Interviews and offers are left out on purpose: those are conversations the user is in.

const STALE_WHERE = "status IN ('sent', 'viewed') AND status_at < ?";

export function listStale(db: Database, before: string, limit = 500): StaleProposal[] {
  return prepared<[string, number], StaleProposal>(
    db,
    `SELECT id, job_title AS jobTitle, sent_at AS sentAt, status, status_at AS statusAt
       FROM proposals WHERE ${STALE_WHERE} ORDER BY status_at, id LIMIT ?`,
  ).all(before, limit);
}

/** From the hourly totals (stale-hours.ts): the cost follows the hours since `before`. */
export function countStale(db: Database, before: string): number {
  return countWaitingBefore(db, before);
}

/** Whether this proposal is still stale; one the user updated meanwhile is left alone. */
export function isStale(db: Database, id: number, before: string): boolean {
  return prepared(db, `SELECT 1 FROM proposals WHERE id = ? AND ${STALE_WHERE}`).get(id, before) !== undefined;
}

/** Records "no response" on each proposal (caller's transaction); returns the new events' ids for undo. */
export function markNoResponse(db: Database, ids: readonly number[], now: string): number[] {
  return ids.map((proposalId) =>
    insertEvent(db, { proposalId, status: 'no_response', occurredAt: now, recordedAt: now, note: null }),
  );
}

/** Undo of markNoResponse: removes those events, only if they still are "no response" events. */
export function unmarkNoResponse(db: Database, eventIds: readonly number[]): number {
  let removed = 0;
  for (const id of eventIds) {
    if (getEvent(db, id)?.status !== 'no_response') continue;
    deleteEvent(db, id);
    removed++;
  }
  return removed;
}
