import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentAxis } from '@shared/metrics/percent-axis';

// The hire-rate chart's y axis: even, round steps whatever the data (issue 9: 0/5/10/15%, never 0/4/8/12/15%).

describe('percentAxis', () => {
  it.each([
    // highest value shown (rates, average, warning threshold) → ticks
    [0, [0, 0.01]],
    [0.03, [0, 0.01, 0.02, 0.03, 0.04]],
    [0.05, [0, 0.02, 0.04, 0.06]],
    [0.12, [0, 0.05, 0.1, 0.15]],
    [0.13, [0, 0.05, 0.1, 0.15]],
    [0.2, [0, 0.05, 0.1, 0.15, 0.2, 0.25]],
    [0.25, [0, 0.1, 0.2, 0.3]],
    [0.5, [0, 0.2, 0.4, 0.6]],
    [0.9, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])('shows %f on %j', (top, ticks) => {
    expect(percentAxis(top)).toEqual({ max: ticks.at(-1), ticks });
  });

  it('always starts at 0, steps evenly, covers the top and never passes 100%', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (top) => {
        const { max, ticks } = percentAxis(top);
        expect(ticks[0]).toBe(0);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(6);
        const step = ticks[1]!;
        ticks.forEach((tick, i) => expect(tick).toBeCloseTo(i * step, 10));
        expect([0.01, 0.02, 0.05, 0.1, 0.2, 0.25]).toContain(step);
        expect(max).toBeGreaterThanOrEqual(top - 1e-9);
        expect(max).toBeLessThanOrEqual(1);
      }),
    );
  });
});
