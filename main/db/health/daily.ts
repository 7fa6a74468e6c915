import type { Database } from 'better-sqlite3';
import { weeklyEarnings } from '../money/weekly-earnings';
import { sentPerDayBack } from '../dashboard/sent-buckets';
import { prepared } from '../statements';

// Activity per day counted back from an instant in days of 24 hours (index 0: the last 24 hours),
// the buckets the health rules' trailing windows are made of. The forecasts read them to know
// when each proposal, hire and earning leaves a window.

const DAY_MS = 86_400_000;

interface Span {
  /** The window's end, ISO UTC; a day bucket k holds (asOf - (k+1) days, asOf - k days]. */
  asOf: string;
  from: string;
  /** Just after asOf, as in the trailing windows: an event stamped this very millisecond counts. */
  to: string;
}

function span(asOf: Date, days: number): Span {
  return {
    asOf: asOf.toISOString(),
    from: new Date(asOf.getTime() - days * DAY_MS).toISOString(),
    to: new Date(asOf.getTime() + 1).toISOString(),
  };
}

function spread(rows: { ago: number; n: number }[], days: number): number[] {
  const values = Array.from({ length: days }, () => 0);
  for (const { ago, n } of rows) values[Math.min(days - 1, Math.max(0, ago))]! += n;
  return values;
}

/** Proposals sent on each of the last `days` days, from the hourly buckets (sent-buckets.ts). */
export function sentPerDay(db: Database, asOf: Date, days: number): number[] {
  return sentPerDayBack(db, asOf, days);
}

/** Proposals hired on each of the last `days` days (when the hire happened, as the trailing windows count it). */
export function hiresPerDay(db: Database, asOf: Date, days: number): number[] {
  const s = span(asOf, days);
  const rows = prepared<[string, string, string], { ago: number; n: number }>(
    db,
    `SELECT CAST(julianday(?) - julianday(occurred_at) AS INTEGER) AS ago, count(DISTINCT proposal_id) AS n
       FROM proposal_events WHERE status = 'hired' AND occurred_at >= ? AND occurred_at < ? GROUP BY ago`,
  ).all(s.asOf, s.from, s.to);
  return spread(rows, days);
}

/** Gross earnings received on each of the last `days` days, cents, with the dashboard's definition of an earning. */
export function earningsPerDay(db: Database, asOf: Date, days: number): number[] {
  const end = asOf.getTime() + 1;
  const buckets = Array.from({ length: days }, (_, k) => ({
    weekStart: '',
    startsAt: new Date(end - (k + 1) * DAY_MS).toISOString(),
    endsAt: new Date(end - k * DAY_MS).toISOString(),
  }));
  return weeklyEarnings(db, buckets);
}
