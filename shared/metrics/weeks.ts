import { TZDate } from '@date-fns/tz';
import type { WeekStart } from '../domain/settings';

// Week boundaries in the user's zone and week start, as UTC instants. SQLite has no zone
// database, so main joins proposals on these half-open [startsAt, endsAt) ranges instead.
// Weeks are built from local calendar dates (pure day arithmetic), and each date's local
// midnight is then placed in UTC: a week that contains a DST change is 167 or 169 hours
// long, and where midnight does not exist (São Paulo 2018) the week starts at 01:00.

export interface WeekBounds {
  /** Local date of the week's first day, "YYYY-MM-DD". */
  weekStart: string;
  /** First instant of the week, ISO UTC. */
  startsAt: string;
  /** First instant of the next week (exclusive end), ISO UTC. */
  endsAt: string;
}

const FIRST_DAY: Record<WeekStart, number> = { sunday: 0, monday: 1, saturday: 6 };
const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "" means the computer's zone (Intl knows it on both sides). */
export function resolveTimeZone(timeZone: string): string {
  return timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Calendar arithmetic on "YYYY-MM-DD" (no zone involved: a day is a day). */
export function addDays(localDate: string, days: number): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The local calendar date an instant falls on in `zone`. */
export function localDateOf(instant: string | Date, zone: string): string {
  const local = new TZDate(new Date(instant).getTime(), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The first instant of a local date in `zone` (01:00 where that midnight was skipped by DST). */
export function localMidnight(localDate: string, zone: string): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, zone).getTime()).toISOString();
}

/** The local date of the first day of the week containing `localDate`. */
export function weekStartDate(localDate: string, weekStart: WeekStart): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(localDate, -((weekday - FIRST_DAY[weekStart] + 7) % 7));
}

function bounds(weekStartLocal: string, zone: string): WeekBounds {
  return {
    weekStart: weekStartLocal,
    startsAt: localMidnight(weekStartLocal, zone),
    endsAt: localMidnight(addDays(weekStartLocal, 7), zone),
  };
}

/** The week containing an instant. */
export function weekOf(instant: string | Date, timeZone: string, weekStart: WeekStart): WeekBounds {
  const zone = resolveTimeZone(timeZone);
  return bounds(weekStartDate(localDateOf(instant, zone), weekStart), zone);
}

/** The week containing a local date ("YYYY-MM-DD"). */
export function weekOfLocalDate(localDate: string, timeZone: string, weekStart: WeekStart): WeekBounds {
  return bounds(weekStartDate(localDate, weekStart), resolveTimeZone(timeZone));
}

/**
 * Every week overlapping [from, to), oldest first, contiguous (each week ends where the next
 * starts). `from`/`to` are ISO UTC instants. Capped so a typo'd range cannot build millions.
 */
export function weeksBetween(
  from: string,
  to: string,
  timeZone: string,
  weekStart: WeekStart,
  max = 1100,
): WeekBounds[] {
  const zone = resolveTimeZone(timeZone);
  const weeks: WeekBounds[] = [];
  if (!(Date.parse(from) < Date.parse(to))) return weeks;
  let current = weekStartDate(localDateOf(from, zone), weekStart);
  while (weeks.length < max) {
    const week = bounds(current, zone);
    if (week.startsAt >= new Date(to).toISOString()) break;
    weeks.push(week);
    current = addDays(current, 7);
  }
  return weeks;
}
