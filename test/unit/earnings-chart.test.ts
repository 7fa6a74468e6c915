import { describe, expect, it } from 'vitest';
import type { PeriodMoney } from '@shared/domain/money';
import { earningsSeries, earningsTotals, rateRange, rateSeries } from '@shared/money/earnings-chart';

// The Earnings charts' series, against figures worked out by hand.

const week = (period: string, grossCents: number, feesCents: number, connectsSpent: number): PeriodMoney => ({
  period,
  grossCents,
  feesCents,
  netCents: grossCents + feesCents,
  connectsSpent,
});

describe('the earnings chart', () => {
  const buckets = [week('2026-10-26', 20598, 0, 0), week('2026-11-02', 45000, -4500, 40), week('2026-11-09', 0, 0, 6)];

  it('plots gross and net in dollars beside the Connects and what they cost', () => {
    expect(earningsSeries(buckets)).toEqual([
      { period: '2026-10-26', gross: 205.98, net: 205.98, connects: 0, connectsCost: 0 },
      // 40 Connects at $0.15.
      { period: '2026-11-02', gross: 450, net: 405, connects: 40, connectsCost: 6 },
      { period: '2026-11-09', gross: 0, net: 0, connects: 6, connectsCost: 0.9 },
    ]);
  });

  it('sums the period in cents (no $0.30000000000000004) and names the best week', () => {
    const totals = earningsTotals(earningsSeries(buckets));
    // 205.98 + 450 = 655.98 gross; 205.98 + 405 = 610.98 net; 46 Connects = $6.90.
    expect(totals).toMatchObject({ gross: 655.98, net: 610.98, connects: 46, connectsCost: 6.9 });
    expect(totals.best?.period).toBe('2026-11-02');
    expect(earningsTotals(earningsSeries([week('a', 10, 0, 0), week('b', 20, 0, 0)])).gross).toBe(0.3);
  });

  it('names no best period when nothing was paid', () => {
    expect(earningsTotals(earningsSeries([week('2026-11-09', 0, 0, 6)])).best).toBeNull();
  });
});

describe('the hourly rate over time', () => {
  const months = [
    // Latest first, as money:hourlyRates lists them.
    { month: '2025-01', seconds: 9000, earnedCents: 10000, feesCents: 0 },
    { month: '2024-04', seconds: 43200, earnedCents: 60000, feesCents: -6000 },
    { month: '2024-05', seconds: 36000, earnedCents: 70000, feesCents: -7000 },
  ];

  it('puts months oldest first, with gross and net per hour, and draws solid only with enough hours', () => {
    expect(rateSeries(months)).toEqual([
      // $600 over 12 h = $50/h; less $60 fees = $45/h.
      { month: '2024-04', hours: 12, gross: 50, net: 45, enough: true, solid: 50 },
      // $700 over exactly 10 h = $70/h: ten hours is enough.
      { month: '2024-05', hours: 10, gross: 70, net: 63, enough: true, solid: 70 },
      // $100 over 2.5 h = $40/h, but 2.5 hours are few: drawn hollow, off the solid line.
      { month: '2025-01', hours: 2.5, gross: 40, net: 40, enough: false, solid: null },
    ]);
  });

  it('gives the lowest and highest rate among months with enough hours only', () => {
    const range = rateRange(rateSeries(months));
    expect([range?.low.month, range?.high.month]).toEqual(['2024-04', '2024-05']);
    expect(rateRange(rateSeries([months[0]!]))).toBeNull();
  });
});
