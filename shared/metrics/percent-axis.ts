// The hire-rate chart's y axis, chosen here rather than by recharts: recharts splits whatever
// domain it gets into a fixed tick count, which gives 0/4/8/12/15% on a 15% domain.

/** Steps a percentage axis may use: each a round share, so ticks read 0/5/10/15%. */
const STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25] as const;
/** At most this many intervals: more crowd a 260 px tall chart. */
const MAX_INTERVALS = 5;
/** Room above the highest point, so it does not sit on the frame. */
const HEADROOM = 1.15;

export interface PercentAxis {
  /** Top of the axis, a multiple of the step (at most 100%). */
  max: number;
  /** 0, step, 2 × step … max. */
  ticks: number[];
}

/** An axis from 0 that shows `top` (a share, 0..1) with even, round steps. */
export function percentAxis(top: number): PercentAxis {
  const want = Math.min(1, Math.max(0, top) * HEADROOM);
  const step = STEPS.find((s) => Math.ceil(want / s - 1e-9) <= MAX_INTERVALS) ?? STEPS.at(-1)!;
  const intervals = Math.max(1, Math.min(Math.ceil(want / step - 1e-9), Math.round(1 / step)));
  // Rounded to whole hundredths of a percent: 3 × 0.1 is 0.30000000000000004 otherwise.
  const ticks = Array.from({ length: intervals + 1 }, (_, i) => Math.round(i * step * 10_000) / 10_000);
  return { max: ticks.at(-1)!, ticks };
}
