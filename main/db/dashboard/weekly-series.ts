import type { Database } from 'better-sqlite3';
import type { WeekStart } from '@shared/domain/settings';
import type { StageCounts, WeekRow } from '@shared/domain/weekly';
import { weeksBetween, type WeekBounds } from '@shared/metrics/weeks';
import { weeklyEarnings } from '../money/weekly-earnings';
import { prepared } from '../statements';

export interface WeeklySeriesOptions {
  /** ISO UTC instants; every week overlapping [from, to) is returned, empty weeks included. */
  from: string;
  to: string;
  /** IANA zone; "" = the computer's zone. */
  timeZone: string;
  weekStart: WeekStart;
}

type Aggregate = StageCounts & { i: number };

/**
 * Cohorts by sent week. The week boundaries come from shared/metrics/weeks.ts (SQLite knows no
 * time zones). One prepared statement runs per week as a range scan of the proposals_weekly
 * covering index: the table itself is never read, and unlike a join with GROUP BY nothing is
 * sorted (measured twice as fast at 100,000 proposals).
 */
export function aggregateWeeks(db: Database, weeks: readonly WeekBounds[]): Aggregate[] {
  const statement = prepared<[string, string], Omit<Aggregate, 'i'>>(
    db,
    `SELECT count(*) AS sent,
            coalesce(sum(furthest_stage >= 1), 0) AS viewed,
            coalesce(sum(furthest_stage >= 2), 0) AS interviewed,
            coalesce(sum(furthest_stage >= 3), 0) AS offered,
            coalesce(sum(furthest_stage >= 4), 0) AS hired,
            coalesce(sum(connects_spent + boost_connects), 0) AS connects
     FROM proposals INDEXED BY proposals_weekly
     WHERE sent_at >= ? AND sent_at < ?`,
  );
  return weeks.map((week, i) => ({ i, ...statement.get(week.startsAt, week.endsAt)! }));
}

/** The weekly series, oldest week first, weeks without proposals included as zeros. */
export function weeklySeries(db: Database, { from, to, timeZone, weekStart }: WeeklySeriesOptions): WeekRow[] {
  const weeks = weeksBetween(from, to, timeZone, weekStart);
  const counts = aggregateWeeks(db, weeks);
  const earnings = weeklyEarnings(db, weeks);
  return weeks.map((week, i) => {
    const row = counts[i];
    return {
      weekStart: week.weekStart,
      startsAt: week.startsAt,
      endsAt: week.endsAt,
      sent: row?.sent ?? 0,
      viewed: row?.viewed ?? 0,
      interviewed: row?.interviewed ?? 0,
      offered: row?.offered ?? 0,
      hired: row?.hired ?? 0,
      connects: row?.connects ?? 0,
      earningsCents: earnings[i] ?? 0,
    };
  });
}
