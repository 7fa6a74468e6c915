import type { HoursAndPay } from '../domain/hours';

// The effective hourly rate: what the hours really paid, fixed-price payments and bonuses of the
// same contracts included, before and after Upwork's fee. Like the insights' rates it is honest
// about small samples: under MIN_RATE_HOURS a rate is shown as "few hours", never ranked.

/** Under this many hours (a long day or two) one bonus or one slow day swings the rate. */
export const MIN_RATE_HOURS = 10;

export interface HourlyRate {
  hours: number;
  /** Gross cents per hour, rounded; null without hours. */
  grossCents: number | null;
  netCents: number | null;
  /** At least MIN_RATE_HOURS: the rate may be compared and ranked. */
  enough: boolean;
}

export function hourlyRate({ seconds, earnedCents, feesCents }: HoursAndPay, minHours = MIN_RATE_HOURS): HourlyRate {
  const hours = seconds / 3600;
  if (seconds <= 0) return { hours: 0, grossCents: null, netCents: null, enough: false };
  return {
    hours,
    grossCents: Math.round(earnedCents / hours),
    netCents: Math.round((earnedCents + feesCents) / hours),
    enough: hours >= minHours,
  };
}

/** Best paying first; groups with too few hours after every group with enough, by hours. */
export function rankByRate<T extends HoursAndPay>(groups: readonly T[], minHours = MIN_RATE_HOURS): T[] {
  const rated = groups.map((g) => ({ g, rate: hourlyRate(g, minHours) }));
  return rated
    .sort(
      (a, b) =>
        Number(b.rate.enough) - Number(a.rate.enough) ||
        (a.rate.enough ? (b.rate.grossCents ?? 0) - (a.rate.grossCents ?? 0) : b.g.seconds - a.g.seconds),
    )
    .map(({ g }) => g);
}
