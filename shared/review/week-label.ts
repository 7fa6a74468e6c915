import { addDays } from '../metrics/weeks';

// The week report's file is named by ISO week ("Bidwell week 2026-W47.pdf"): short, sortable, and
// the same whichever day the user's weeks start on.

/** "YYYY-Www" of the week starting on `weekStart` (a local date): the ISO week of its one Thursday. */
export function isoWeekLabel(weekStart: string): string {
  // Any 7 consecutive days hold exactly one Thursday, and ISO 8601 names a week by its Thursday.
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const thursday = days.find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 4)!;
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
