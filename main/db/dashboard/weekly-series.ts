import type { Database } from 'better-sqlite3';
import type { WeekStart } from '@shared/domain/settings';
import type { StageCounts, WeekRow } from '@shared/domain/weekly';
import { weeksBetween, type WeekBounds } from '@shared/metrics/weeks';
import { weeklyEarnings } from '../money/weekly-earnings';
import { sentBetween } from './sent-buckets';

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
 * Cohorts by sent week, summed from the hourly buckets the triggers keep (sent-buckets.ts):
 * the cost follows the number of weeks, not of proposals. The week boundaries come from
 * shared/metrics/weeks.ts (SQLite knows no time zones).
 */
export function aggregateWeeks(db: Database, weeks: readonly WeekBounds[]): Aggregate[] {
  return weeks.map((week, i) => ({ i, ...sentBetween(db, week.startsAt, week.endsAt) }));
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
