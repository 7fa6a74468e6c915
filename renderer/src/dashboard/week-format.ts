// Weeks are named by local calendar dates ("2026-11-16"), already in the user's zone: format
// them as dates in UTC so no zone shifts them by a day.

const DAY_MS = 86_400_000;

// Building an Intl formatter costs far more than using one, and the dashboard formats a date
// per row and per chart tick: one formatter per locale and style, kept.
const STYLES: Record<'short' | 'range' | 'day', Intl.DateTimeFormatOptions> = {
  short: { month: 'short', day: 'numeric', timeZone: 'UTC' },
  range: { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' },
  day: { dateStyle: 'medium', timeZone: 'UTC' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: 'short' | 'range' | 'day'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, STYLES[style]);
    formatters.set(key, found);
  }
  return found;
}

function utcDate(localDate: string, days = 0): Date {
  return new Date(Date.parse(`${localDate}T00:00:00.000Z`) + days * DAY_MS);
}

/** "Nov 16" */
export function shortWeek(localDate: string, locale: string): string {
  return formatter(locale, 'short').format(utcDate(localDate));
}

/** "Nov 16 – 22, 2026" (Intl picks the range style of the locale). */
export function weekRange(localDate: string, locale: string): string {
  return formatter(locale, 'range').formatRange(utcDate(localDate), utcDate(localDate, 6));
}

/** "Nov 16, 2026" */
export function localDay(localDate: string, locale: string, days = 0): string {
  return formatter(locale, 'day').format(utcDate(localDate, days));
}

export function addWeeks(localDate: string, weeks: number): string {
  return utcDate(localDate, weeks * 7)
    .toISOString()
    .slice(0, 10);
}
