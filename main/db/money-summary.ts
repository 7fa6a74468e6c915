import type { Database } from 'better-sqlite3';
import {
  CONNECT_PRICE_CENTS,
  EARNING_KINDS,
  FEE_KINDS,
  type MoneySummary,
  type TransactionKind,
} from '../../shared/domain/money';
import { bucketMoney, type Calendar, type MoneyRow } from '../../shared/money/buckets';
import { connectsBalance } from './connects';

// The money figures for a period: earnings gross and net, per week and month, and what the
// proposals of the period cost in Connects against what they won.

const MONEY_KINDS = [...EARNING_KINDS, ...FEE_KINDS].map((k) => `'${k}'`).join(', ');

export function moneySummary(db: Database, range: { from: string; to: string }, calendar: Calendar): MoneySummary {
  const rows = db
    .prepare<[string, string], { occurredAt: string; kind: TransactionKind; amountCents: number }>(
      `SELECT occurred_at AS occurredAt, kind, amount_cents AS amountCents FROM transactions
       WHERE occurred_at >= ? AND occurred_at < ? AND kind IN (${MONEY_KINDS})`,
    )
    .all(range.from, range.to) as MoneyRow[];
  let grossCents = 0;
  let feesCents = 0;
  for (const row of rows) {
    if (EARNING_KINDS.includes(row.kind)) grossCents += row.amountCents;
    else feesCents += row.amountCents;
  }
  const netCents = grossCents + feesCents;

  // Cohort by sent date: a hire counts for the period its proposal was sent in. furthest_stage 4 =
  // reached "hired", as on the dashboard; the covering index answers without touching the table.
  const proposals = db
    .prepare<[string, string], { sent: number; connects: number; hires: number }>(
      `SELECT count(*) AS sent,
              coalesce(sum(connects_spent + boost_connects), 0) AS connects,
              coalesce(sum(furthest_stage >= 4), 0) AS hires
       FROM proposals WHERE sent_at >= ? AND sent_at < ?`,
    )
    .get(range.from, range.to)!;
  const connectsCostCents = proposals.connects * CONNECT_PRICE_CENTS;

  return {
    from: range.from,
    to: range.to,
    grossCents,
    feesCents,
    netCents,
    weeks: bucketMoney(rows, range, calendar, 'week'),
    months: bucketMoney(rows, range, calendar, 'month'),
    proposalsSent: proposals.sent,
    connectsSpent: proposals.connects,
    connectsCostCents,
    hires: proposals.hires,
    costPerHireCents: proposals.hires > 0 ? Math.round(connectsCostCents / proposals.hires) : null,
    earningsPerConnectCents: proposals.connects > 0 ? Math.round(netCents / proposals.connects) : null,
    connectsBalance: connectsBalance(db),
  };
}
