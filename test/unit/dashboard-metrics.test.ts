import { describe, expect, it } from 'vitest';
import type { WeekRow } from '@shared/domain/weekly';
import { baselineHireRate, bridgeProvisional, periodFigures, toWeekPoint } from '@shared/metrics/dashboard';
import { rankInsights } from '@shared/metrics/insights';
import { HOURLY_BID_BANDS, bandOf, bandsFrom, findBand } from '@shared/metrics/bands';

function row(weekStart: string, sent: number, hired: number, viewed = hired): WeekRow {
  const endsAt = new Date(Date.parse(`${weekStart}T00:00:00.000Z`) + 7 * 86_400_000).toISOString();
  return {
    weekStart,
    startsAt: `${weekStart}T00:00:00.000Z`,
    endsAt,
    sent,
    viewed,
    interviewed: hired,
    offered: hired,
    hired,
    connects: sent * 10,
    earningsCents: 0,
  };
}

const NOW = '2026-11-20T10:00:00.000Z';

describe('dashboard arithmetic', () => {
  it('pools rates over a period instead of averaging weekly rates', () => {
    const figures = periodFigures([row('2026-10-05', 50, 1), row('2026-10-12', 2, 1)]);
    expect(figures.hireRate).toBe(2 / 52);
    expect(figures.proposalsPerHire).toBe(26);
    expect(figures.connectsCostCents).toBe(520 * 15);
  });

  it('averages counts per week for the trailing comparison', () => {
    const figures = periodFigures([row('2026-10-05', 10, 1), row('2026-10-12', 20, 0)], true);
    expect(figures).toMatchObject({ weeks: 2, sent: 15, hired: 0.5, hireRate: 1 / 30 });
  });

  it('has no rates for an empty period', () => {
    expect(periodFigures([])).toMatchObject({ sent: 0, hireRate: null, viewRate: null, proposalsPerHire: null });
    expect(periodFigures([], true).sent).toBe(0);
  });

  it('splits the hire-rate series into mature and provisional, joined at the hand-over', () => {
    const points = bridgeProvisional(
      ['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09'].map((w) => toWeekPoint(row(w, 10, 1), NOW)),
    );
    expect(points.map((p) => p.mature)).toEqual([true, true, false, false]);
    expect(points.map((p) => p.hireRateMature)).toEqual([0.1, 0.1, null, null]);
    expect(points.map((p) => p.hireRateProvisional)).toEqual([null, 0.1, 0.1, 0.1]);
  });

  it('takes the baseline from mature weeks only', () => {
    const points = [row('2026-10-19', 20, 2), row('2026-10-26', 20, 0), row('2026-11-09', 10, 5)].map((r) =>
      toWeekPoint(r, NOW),
    );
    expect(baselineHireRate(points)).toBe(2 / 40);
    expect(baselineHireRate(points.slice(2))).toBeNull();
  });
});

describe('rankInsights', () => {
  it('ranks by the Wilson lower bound: a big sample with a good rate beats a tiny perfect one', () => {
    const ranked = rankInsights(
      [
        { value: 'tiny', sent: 21, viewed: 21, hired: 5 },
        { value: 'big', sent: 200, viewed: 90, hired: 40 },
        { value: 'poor', sent: 300, viewed: 60, hired: 3 },
        { value: 'few', sent: 3, viewed: 3, hired: 3 },
      ],
      20,
    );
    expect(ranked.map((r) => [r.value, r.enough])).toEqual([
      ['big', true],
      ['tiny', true],
      ['poor', true],
      ['few', false],
    ]);
    expect(ranked[3]!.hireRate).toBe(1);
    expect(ranked[3]!.hireLow).toBeLessThan(0.5);
  });
});

describe('bands', () => {
  it.each([
    [0, 'hourly:0'],
    [1999, 'hourly:0'],
    [2000, 'hourly:2000'],
    [9999, 'hourly:7000'],
    [10000, 'hourly:10000'],
    [5_000_000, 'hourly:10000'],
  ])('%i cents/hour is in %s', (cents, key) => {
    expect(bandOf(HOURLY_BID_BANDS, cents)?.key).toBe(key);
  });

  it('are contiguous and found by key', () => {
    const bands = bandsFrom('x', [0, 5, 10]);
    expect(bands).toEqual([
      { key: 'x:0', min: 0, max: 5 },
      { key: 'x:5', min: 5, max: 10 },
      { key: 'x:10', min: 10, max: null },
    ]);
    expect(findBand('minutes:60')).toEqual({ key: 'minutes:60', min: 60, max: 240 });
    expect(findBand('nope')).toBeUndefined();
  });
});
