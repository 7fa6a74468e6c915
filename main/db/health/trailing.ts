import type { Database } from 'better-sqlite3';
import type { TrailingWindow } from '@shared/domain/health';
import { wilsonInterval } from '@shared/metrics/rates';
import { hasEarnings, hasTransactionsTable, weeklyEarnings } from '../money/weekly-earnings';
import { sentBetween, type SentCounter } from '../dashboard/sent-buckets';
import { hiredBetween, type HireCounter } from './hires';
import { prepared } from '../statements';

// The trailing-window figures the health rules read besides the weekly series. Windows are
// half-open [from, to) over ISO UTC instants, like the weekly series.

/** How a caller reading many windows (the health trend) counts them: built once for the span. */
export interface WindowCounters {
  sent: SentCounter;
  hired: HireCounter;
}

/**
 * Proposals sent in the window (from the hourly buckets), and proposals hired in it (a win
 * counts when it happened); `counters` when the caller reads many windows, else this one alone.
 */
export function trailingCounts(
  db: Database,
  from: string,
  to: string,
  counters?: WindowCounters,
): Omit<TrailingWindow, 'days'> {
  return {
    sent: counters ? counters.sent(from, to) : sentBetween(db, from, to).sent,
    hired: counters ? counters.hired(from, to) : hiredBetween(db, from, to),
  };
}

/** Gross earnings in the window, with the dashboard's definition of an earning; 0 without a transactions table. */
export function earningsBetween(db: Database, from: string, to: string): number {
  return weeklyEarnings(db, [{ weekStart: '', startsAt: from, endsAt: to }])[0] ?? 0;
}

export { hasEarnings };

/**
 * When the first contract began, as far as Bidwell knows: the first hire recorded, or failing
 * that the first money received. Null when neither exists.
 */
export function firstContractAt(db: Database): string | null {
  const hire = prepared<[], { at: string | null }>(
    db,
    "SELECT min(occurred_at) AS at FROM proposal_events WHERE status = 'hired'",
  ).get()!.at;
  const money = hasTransactionsTable(db)
    ? prepared<[], { at: string | null }>(
        db,
        'SELECT min(occurred_at) AS at FROM transactions WHERE amount_cents > 0',
      ).get()!.at
    : null;
  if (hire && money) return hire < money ? hire : money;
  return hire ?? money;
}

/**
 * Values of an insights dimension ('skill', 'category') whose mature proposals (UTC weeks starting on or before `lastWeek`, from `firstWeek`)
 * got viewed most, best first. Read from the insights summary (a few thousand rows, kept by
 * triggers) instead of grouping every proposal's skills: that took ~650 ms on 100,000 proposals.
 * Ranked by the Wilson lower bound, so 2 views of 2 does not beat 40 of 80; skills used on
 * fewer than `minimum` proposals are left out.
 */
export function mostViewed(
  db: Database,
  dimension: 'skill' | 'category',
  { firstWeek, lastWeek }: { firstWeek: string; lastWeek: string },
  minimum = 5,
  limit = 5,
): string[] {
  const groups = prepared<[string, string, string, number], { skill: string; sent: number; viewed: number }>(
    db,
    `SELECT value AS skill, sum(sent) AS sent, sum(viewed) AS viewed FROM insight_weekly
       WHERE dimension = ? AND week >= ? AND week <= ?
       GROUP BY value HAVING sum(sent) >= ? AND sum(viewed) > 0`,
  ).all(dimension, firstWeek, lastWeek, minimum);
  return groups
    .map((g) => ({ skill: g.skill, low: wilsonInterval(g.viewed, g.sent)?.low ?? 0, sent: g.sent }))
    .sort((a, b) => b.low - a.low || b.sent - a.sent || a.skill.localeCompare(b.skill))
    .slice(0, limit)
    .map((g) => g.skill);
}
