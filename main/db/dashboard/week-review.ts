import type { Database } from 'better-sqlite3';
import type { ProposalListRow } from '@shared/domain/proposal';
import { prepared } from '../statements';

const OPEN = "p.status IN ('sent', 'viewed', 'interviewing', 'offer')";

/** One side of the list (open or closed), in the order sent, walked along the sent_at index. */
function sentBetweenWhere(db: Database, open: boolean, startsAt: string, endsAt: string, limit: number) {
  // INDEXED BY: read in index order and stop at the limit, instead of sorting the whole week
  // (6,000 proposals a week at 1,000,000), so the cost follows the rows shown.
  return prepared<[string, string, number], ProposalListRow>(
    db,
    `SELECT p.id, p.sent_at AS sentAt, p.job_title AS jobTitle, p.profile_id AS profileId,
              pr.name AS profileName, p.status, p.status_at AS statusAt, p.job_type AS jobType,
              p.bid_cents AS bidCents, p.connects_spent AS connectsSpent, p.boost_connects AS boostConnects
       FROM proposals p INDEXED BY proposals_sent_at JOIN profiles pr ON pr.id = p.profile_id
       WHERE p.sent_at >= ? AND p.sent_at < ? AND ${open ? OPEN : `NOT ${OPEN}`}
       ORDER BY p.sent_at, p.id
       LIMIT ?`,
  ).all(startsAt, endsAt, limit);
}

/** Proposals sent in [startsAt, endsAt): open ones first (they are what the review is for), then by time sent. */
export function proposalsSentBetween(db: Database, startsAt: string, endsAt: string, limit: number): ProposalListRow[] {
  const open = sentBetweenWhere(db, true, startsAt, endsAt, limit);
  if (open.length >= limit) return open;
  return [...open, ...sentBetweenWhere(db, false, startsAt, endsAt, limit - open.length)];
}

/** The first proposal's sent_at, or null: bounds the dashboard's week picker. */
export function firstSentAt(db: Database): string | null {
  return prepared<[], { first: string | null }>(db, 'SELECT min(sent_at) AS first FROM proposals').get()!.first;
}
