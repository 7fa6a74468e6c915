import type { Database } from 'better-sqlite3';
import type { WeekBounds } from '@shared/metrics/weeks';
import { prepared } from '../statements';

// Earnings per week for the dashboard: gross earning kinds, with refunds (stored negative)
// taken off. Fees, withdrawals and Connects purchases are not earnings. The transactions table
// arrives with the earnings feature; until it exists every week earns 0.

const EARNING_KINDS = "('hourly', 'fixed_price', 'bonus', 'refund')";

export function hasTransactionsTable(db: Database): boolean {
  return (
    prepared<[], { n: number }>(
      db,
      "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'transactions'",
    ).get()!.n > 0
  );
}

/** Whether any earning has been recorded at all (the tile explains how to add some until then). */
export function hasEarnings(db: Database): boolean {
  if (!hasTransactionsTable(db)) return false;
  return prepared(db, `SELECT 1 FROM transactions WHERE kind IN ${EARNING_KINDS} LIMIT 1`).get() !== undefined;
}

/** Cents earned in each week, in the order of `weeks` (zeros when there is no transactions table). */
export function weeklyEarnings(db: Database, weeks: readonly WeekBounds[]): number[] {
  if (weeks.length === 0 || !hasTransactionsTable(db)) return weeks.map(() => 0);
  const rows = prepared<[string], { i: number; cents: number }>(
    db,
    `WITH weeks (i, starts_at, ends_at) AS (
         SELECT key, json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))
       SELECT w.i, sum(t.amount_cents) AS cents
       FROM weeks w JOIN transactions t ON t.occurred_at >= w.starts_at AND t.occurred_at < w.ends_at
       WHERE t.kind IN ${EARNING_KINDS}
       GROUP BY w.i`,
  ).all(JSON.stringify(weeks.map((w) => [w.startsAt, w.endsAt])));
  const cents = weeks.map(() => 0);
  for (const row of rows) cents[row.i] = row.cents;
  return cents;
}
