import { CONNECT_PRICE_CENTS, type PeriodMoney } from '../domain/money';
import type { MonthHours } from '../domain/hours';
import { hourlyRate, MIN_RATE_HOURS } from './hourly-rate';

// What the Earnings screen's two charts plot, worked out here (pure, tested with hand-computed
// values) so the components only draw. Money is charted in dollars: recharts' axes want plain
// numbers, and a cent is below what a pixel shows.

export interface EarningsPoint {
  period: string;
  gross: number;
  net: number;
  connects: number;
  /** What those Connects cost, at $0.15 each. */
  connectsCost: number;
}

const dollars = (cents: number) => cents / 100;

/** Oldest first, one point per week or month of the period selector. */
export function earningsSeries(buckets: readonly PeriodMoney[]): EarningsPoint[] {
  return buckets.map((b) => ({
    period: b.period,
    gross: dollars(b.grossCents),
    net: dollars(b.netCents),
    connects: b.connectsSpent,
    connectsCost: dollars(b.connectsSpent * CONNECT_PRICE_CENTS),
  }));
}

export interface EarningsTotals {
  gross: number;
  net: number;
  connects: number;
  connectsCost: number;
  /** The period that paid most (net); null when nothing was paid. */
  best: EarningsPoint | null;
}

/** The chart in words, for its text summary. */
export function earningsTotals(points: readonly EarningsPoint[]): EarningsTotals {
  const sum = (key: 'gross' | 'net' | 'connects') => points.reduce((n, p) => n + p[key], 0);
  const best = points.reduce<EarningsPoint | null>(
    (top, p) => (p.net > 0 && (!top || p.net > top.net) ? p : top),
    null,
  );
  // Cents first, then dollars: float sums of dollars drift ($0.1 + $0.2).
  const cents = (key: 'gross' | 'net') => points.reduce((n, p) => n + Math.round(p[key] * 100), 0) / 100;
  return {
    gross: cents('gross'),
    net: cents('net'),
    connects: sum('connects'),
    connectsCost: dollars(sum('connects') * CONNECT_PRICE_CENTS),
    best,
  };
}

export interface RatePoint {
  month: string;
  hours: number;
  /** Dollars per hour, gross and net; null without hours. */
  gross: number | null;
  net: number | null;
  enough: boolean;
  /** The gross rate again, only where the month has enough hours: the solid line (gaps elsewhere). */
  solid: number | null;
}

/** Oldest month first (the handler lists the latest first). */
export function rateSeries(months: readonly MonthHours[], minHours = MIN_RATE_HOURS): RatePoint[] {
  return [...months]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => {
      const rate = hourlyRate(m, minHours);
      const gross = rate.grossCents === null ? null : dollars(rate.grossCents);
      return {
        month: m.month,
        hours: rate.hours,
        gross,
        net: rate.netCents === null ? null : dollars(rate.netCents),
        enough: rate.enough,
        solid: rate.enough ? gross : null,
      };
    });
}

/** The months with enough hours that paid least and most per hour (gross), for the text summary. */
export function rateRange(points: readonly RatePoint[]): { low: RatePoint; high: RatePoint } | null {
  const rated = points.filter((p) => p.enough && p.gross !== null);
  if (rated.length === 0) return null;
  const byRate = [...rated].sort((a, b) => a.gross! - b.gross! || a.month.localeCompare(b.month));
  return { low: byRate[0]!, high: byRate[byRate.length - 1]! };
}
