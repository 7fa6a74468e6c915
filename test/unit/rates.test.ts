import { describe, expect, it } from 'vitest';
import {
  connectsCostCents,
  enoughData,
  isMature,
  proposalsPerHire,
  ratio,
  wilsonInterval,
} from '@shared/metrics/rates';

describe('ratio', () => {
  it.each([
    [1, 4, 0.25],
    [0, 10, 0],
    [3, 0, null],
    [0, 0, null],
  ])('%i / %i = %s', (part, whole, expected) => {
    expect(ratio(part, whole)).toBe(expected);
  });
});

describe('wilsonInterval (95%)', () => {
  // Reference values computed with statsmodels' proportion_confint(method="wilson").
  it.each([
    { k: 0, n: 10, low: 0, high: 0.2775 },
    { k: 1, n: 2, low: 0.0945, high: 0.9055 },
    { k: 10, n: 10, low: 0.7225, high: 1 },
    { k: 5, n: 100, low: 0.0215, high: 0.1118 },
    { k: 50, n: 100, low: 0.4038, high: 0.5962 },
    { k: 1, n: 1000, low: 0.0002, high: 0.0056 },
  ])('$k of $n is [$low, $high]', ({ k, n, low, high }) => {
    const interval = wilsonInterval(k, n)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('has no interval without trials, and stays within [0, 1]', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    for (const [k, n] of [
      [0, 1],
      [1, 1],
      [3, 3],
      [0, 500],
    ] as const) {
      const { low, high } = wilsonInterval(k, n)!;
      expect(low).toBeGreaterThanOrEqual(0);
      expect(high).toBeLessThanOrEqual(1);
      expect(low).toBeLessThanOrEqual(k / n);
      expect(high).toBeGreaterThanOrEqual(k / n);
    }
  });

  it('narrows as the sample grows at the same rate', () => {
    const small = wilsonInterval(2, 20)!;
    const large = wilsonInterval(200, 2000)!;
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });
});

describe('proposalsPerHire', () => {
  it.each([
    [1, 23, 23],
    [3, 50, 17],
    [2, 3, 2],
    [0, 40, null],
  ])('%i hires in %i proposals: 1 per %s', (hired, sent, n) => {
    expect(proposalsPerHire(hired, sent)).toBe(n);
  });
});

describe('maturity: a cohort younger than 14 days is provisional', () => {
  const weekEnd = '2026-11-09T00:00:00.000Z';
  it.each([
    ['the day the week ends', '2026-11-09T00:00:00.000Z', false],
    ['13 days 23 hours later', '2026-11-22T23:00:00.000Z', false],
    ['exactly 14 days later', '2026-11-23T00:00:00.000Z', true],
    ['a month later', '2026-12-09T00:00:00.000Z', true],
    ['before the week ended', '2026-11-05T00:00:00.000Z', false],
  ])('%s: mature = %s', (_label, now, mature) => {
    expect(isMature(weekEnd, now)).toBe(mature);
  });
});

describe('small samples and Connects', () => {
  it('needs the minimum count', () => {
    expect(enoughData(19)).toBe(false);
    expect(enoughData(20)).toBe(true);
    expect(enoughData(4, 5)).toBe(false);
  });

  it('prices Connects at $0.15', () => {
    expect(connectsCostCents(16)).toBe(240);
    expect(connectsCostCents(0)).toBe(0);
  });
});
