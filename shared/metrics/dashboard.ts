import type { PeriodFigures, WeekPoint } from '../domain/dashboard';
import type { WeekRow } from '../domain/weekly';
import { connectsCostCents, isMature, proposalsPerHire, ratio } from './rates';

// Turns the weekly series main aggregated into what the dashboard draws. Pure, so the
// arithmetic is tested on plain arrays.

export function toWeekPoint(row: WeekRow, now: string | Date): WeekPoint {
  const mature = isMature(row.endsAt, now);
  const hireRate = ratio(row.hired, row.sent);
  return {
    ...row,
    viewRate: ratio(row.viewed, row.sent),
    interviewRate: ratio(row.interviewed, row.sent),
    hireRate,
    mature,
    hireRateMature: mature ? hireRate : null,
    hireRateProvisional: mature ? null : hireRate,
    connectsCostCents: connectsCostCents(row.connects),
  };
}

/**
 * Joins the two hire-rate series at the first provisional week, so the dashed provisional line
 * starts where the solid one stops instead of floating apart from it.
 */
export function bridgeProvisional(points: WeekPoint[]): WeekPoint[] {
  const firstProvisional = points.findIndex((p) => !p.mature);
  if (firstProvisional <= 0) return points;
  const last = points[firstProvisional - 1]!;
  return points.map((p, i) => (i === firstProvisional - 1 ? { ...p, hireRateProvisional: last.hireRateMature } : p));
}

/** Totals and pooled rates. `perWeek` divides the counts by the number of weeks (averages). */
export function periodFigures(rows: readonly WeekRow[], perWeek = false): PeriodFigures {
  const sum = (pick: (r: WeekRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const sent = sum((r) => r.sent);
  const viewed = sum((r) => r.viewed);
  const interviewed = sum((r) => r.interviewed);
  const offered = sum((r) => r.offered);
  const hired = sum((r) => r.hired);
  const connects = sum((r) => r.connects);
  const earningsCents = sum((r) => r.earningsCents);
  const divisor = perWeek && rows.length > 0 ? rows.length : 1;
  return {
    weeks: rows.length,
    sent: sent / divisor,
    viewed: viewed / divisor,
    interviewed: interviewed / divisor,
    offered: offered / divisor,
    hired: hired / divisor,
    connects: connects / divisor,
    connectsCostCents: connectsCostCents(connects) / divisor,
    earningsCents: earningsCents / divisor,
    // Pooled: 1 hire in 50 proposals plus 1 in 2 is 2 in 52, not the mean of 2% and 50%.
    viewRate: ratio(viewed, sent),
    interviewRate: ratio(interviewed, sent),
    hireRate: ratio(hired, sent),
    proposalsPerHire: proposalsPerHire(hired, sent),
  };
}

/** Hire rate pooled over the mature weeks only: the user's own baseline. */
export function baselineHireRate(points: readonly WeekPoint[]): number | null {
  const mature = points.filter((p) => p.mature);
  return ratio(
    mature.reduce((n, p) => n + p.hired, 0),
    mature.reduce((n, p) => n + p.sent, 0),
  );
}

export function funnelOf(figures: PeriodFigures) {
  return [
    { stage: 'sent' as const, count: figures.sent },
    { stage: 'viewed' as const, count: figures.viewed },
    { stage: 'interviewing' as const, count: figures.interviewed },
    { stage: 'offer' as const, count: figures.offered },
    { stage: 'hired' as const, count: figures.hired },
  ];
}
