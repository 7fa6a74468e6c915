// Arithmetic on local calendar days ("YYYY-MM-DD"), already cut in the user's zone by main.
import { addDays } from '../metrics/weeks';

export { addDays };

const DAY_MS = 86_400_000;

function dayToUtcMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToUtcMs(to) - dayToUtcMs(from)) / DAY_MS);
}
