// Ratios, confidence intervals and maturity: the pure arithmetic behind every figure shown.
// See DESIGN.md "What the numbers mean".

/** Most outcomes arrive within about two weeks; a younger cohort's rates are provisional. */
export const MATURITY_DAYS = 14;
/** Under this many proposals a breakdown says "not enough data" instead of a misleading 0% or 100%. */
export const MIN_COUNT = 20;
/** Upwork's price per Connect since 2019, in cents. */
export const CONNECT_PRICE_CENTS = 15;
/** z for a 95% interval. */
const Z95 = 1.959964;
const DAY_MS = 86_400_000;

/** part / whole, or null when there is nothing to divide by (never a fake 0%). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for a proportion. Unlike the normal approximation it stays inside
 * [0, 1] and is honest about small samples: 1 hire out of 2 is "somewhere between 9% and 91%".
 */
export function wilsonInterval(successes: number, trials: number, z = Z95): Interval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 or all successes the bound is exactly 0 or 1; floating point would leave 4e-19.
  return {
    low: successes <= 0 ? 0 : Math.max(0, (centre - margin) / denominator),
    high: successes >= trials ? 1 : Math.min(1, (centre + margin) / denominator),
  };
}

/** "1 hire per N proposals": N rounded to a whole proposal; null without a hire. */
export function proposalsPerHire(hired: number, sent: number): number | null {
  return hired > 0 ? Math.round(sent / hired) : null;
}

/** A cohort is mature once its last possible proposal is MATURITY_DAYS old. */
export function isMature(cohortEndsAt: string, now: string | Date, days = MATURITY_DAYS): boolean {
  return new Date(now).getTime() - Date.parse(cohortEndsAt) >= days * DAY_MS;
}

export function enoughData(count: number, minimum = MIN_COUNT): boolean {
  return count >= minimum;
}

export function connectsCostCents(connects: number): number {
  return connects * CONNECT_PRICE_CENTS;
}
