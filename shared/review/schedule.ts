import { TZDate } from '@date-fns/tz';
import { WEEKDAYS, type Weekday } from '../domain/review';
import type { WeekStart } from '../domain/settings';
import { addDays } from '../health/days';
import { localDateOf, weekStartDate } from '../metrics/weeks';

// When the weekly review is due (issue 11): on the user's day and time, in their zone, once per
// week. Pure: "now", the zone and what was shown last come in, so restarts, a closed app and
// daylight-saving changes are all tested as plain inputs.

export interface ReviewSchedule {
  /** IANA zone, already resolved (never ""). */
  zone: string;
  weekStart: WeekStart;
  day: Weekday;
  /** Local wall-clock time, "HH:MM". */
  time: string;
}

/** The instant a local date and "HH:MM" fall on in a zone (a time skipped by a DST change moves forward, as clocks do). */
export function localInstant(date: string, time: string, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, zone).getTime());
}

/** Days since Monday (0 to 6), the order of WEEKDAYS. */
function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The latest review moment at or before `now`: its local date and instant. */
export function lastReviewMoment(now: Date, s: ReviewSchedule): { date: string; at: Date } {
  const today = localDateOf(now, s.zone);
  let date = addDays(today, -((weekdayOf(today) - WEEKDAYS.indexOf(s.day) + 7) % 7));
  if (localInstant(date, s.time, s.zone) > now) date = addDays(date, -7);
  return { date, at: localInstant(date, s.time, s.zone) };
}

/** The next review moment after `now` (what the timer waits for). */
export function nextReviewMoment(now: Date, s: ReviewSchedule): Date {
  const { date } = lastReviewMoment(now, s);
  return localInstant(addDays(date, 7), s.time, s.zone);
}

/** The week a review on `date` looks back on: the last whole week before the week it falls in. */
export function reviewedWeek(date: string, weekStart: WeekStart): string {
  return addDays(weekStartDate(date, weekStart), -7);
}

/**
 * The review due now, if any: the week the latest review moment looks back on, unless that week
 * (or a later one) was already shown. A moment missed while the app was closed stays due until shown.
 */
export function dueReview(now: Date, s: ReviewSchedule, lastShownWeek: string | null): { week: string } | null {
  const week = reviewedWeek(lastReviewMoment(now, s).date, s.weekStart);
  return lastShownWeek !== null && lastShownWeek >= week ? null : { week };
}
