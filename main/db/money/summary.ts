import type { Database } from 'better-sqlite3';
import {
  CONNECT_PRICE_CENTS,
  EARNING_KINDS,
  FEE_KINDS,
  type MoneyBucket,
  type MoneySummary,
  type PeriodMoney,
  type TransactionKind,
} from '@shared/domain/money';
import { bucketMoney, periodBounds, type Calendar, type MoneyRow } from '@shared/money/buckets';
import { connectsBalance } from './connects';
import { sentBetween } from '../dashboard/sent-buckets';
import { prepared } from '../statements';

// The money figures for a period: earnings gross and net, per week and month, and what the
// proposals of the period cost in Connects against what they won. The parts are exported for the
// dashboard, which needs some of them for two spans and the balance once.

const MONEY_KINDS = [...EARNING_KINDS, ...FEE_KINDS].map((k) => `'${k}'`).join(', ');

type Range = { from: string; to: string };

/** Earnings and fees received in the range: their rows (for buckets) and totals. */
export function earningsIn(db: Database, range: Range) {
  const rows = prepared<[string, string], MoneyRow>(
    db,
    `SELECT occurred_at AS occurredAt, kind, amount_cents AS amountCents FROM transactions
       WHERE occurred_at >= ? AND occurred_at < ? AND kind IN (${MONEY_KINDS})`,
  ).all(range.from, range.to);
  let grossCents = 0;
  let feesCents = 0;
  for (const row of rows) {
    if (EARNING_KINDS.includes(row.kind as TransactionKind)) grossCents += row.amountCents;
    else feesCents += row.amountCents;
  }
  return { rows, grossCents, feesCents, netCents: grossCents + feesCents };
}

/**
 * What the range's proposals cost and won. Cohort by sent date: a hire counts for the period its
 * proposal was sent in. furthest_stage 4 = reached "hired", as on the dashboard; read from the
 * dashboard's hourly buckets, so its cost does not grow with the number of proposals.
 */
export function proposalReturn(db: Database, range: Range, netCents: number) {
  const { sent, connects, hired } = sentBetween(db, range.from, range.to);
  const connectsCostCents = connects * CONNECT_PRICE_CENTS;
  return {
    proposalsSent: sent,
    connectsSpent: connects,
    connectsCostCents,
    hires: hired,
    costPerHireCents: hired > 0 ? Math.round(connectsCostCents / hired) : null,
    earningsPerConnectCents: connects > 0 ? Math.round(netCents / connects) : null,
  };
}

/**
 * Each period's Connects beside its money, read from the hourly sent_buckets (one small range
 * read per week or month shown), so the Earnings chart costs the periods, not the proposals.
 */
function withConnects(
  db: Database,
  buckets: MoneyBucket[],
  unit: 'week' | 'month',
  range: Range,
  calendar: Calendar,
): PeriodMoney[] {
  return buckets.map((bucket) => {
    const { startsAt, endsAt } = periodBounds(bucket.period, unit, range, calendar.timeZone);
    return { ...bucket, connectsSpent: startsAt < endsAt ? sentBetween(db, startsAt, endsAt).connects : 0 };
  });
}

/** `now` dates the Connects balance (the plan's free Connects so far). */
export function moneySummary(db: Database, range: Range, calendar: Calendar, now: Date): MoneySummary {
  const { rows, grossCents, feesCents, netCents } = earningsIn(db, range);
  return {
    from: range.from,
    to: range.to,
    grossCents,
    feesCents,
    netCents,
    weeks: withConnects(db, bucketMoney(rows, range, calendar, 'week'), 'week', range, calendar),
    months: withConnects(db, bucketMoney(rows, range, calendar, 'month'), 'month', range, calendar),
    ...proposalReturn(db, range, netCents),
    connectsBalance: connectsBalance(db, now),
  };
}
