// Arithmetic on local calendar days ("YYYY-MM-DD"). Done in UTC so no zone or DST shift can
// move a day: these strings are already local dates, cut in the user's zone by main.

const DAY_MS = 86_400_000;

export function dayToUtcMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

export function addDays(day: string, days: number): string {
  return new Date(dayToUtcMs(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToUtcMs(to) - dayToUtcMs(from)) / DAY_MS);
}
