// Human formatting through Intl, in the user's locale and time zone. Pure: both sides use it.

export interface FormatOptions {
  locale: string;
  timeZone: string;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

/**
 * $1,234.50 from 123450 cents. Whole dollars drop the cents ($1,234) in running text; a table column
 * passes `column` so every row shows cents and the decimal points line up.
 */
export function formatMoney(cents: number, { locale }: FormatOptions, column = false): string {
  const whole = !column && cents % 100 === 0;
  const formatter = memo(
    `money:${locale}:${whole}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: 2,
      }),
  );
  return formatter.format(cents / 100);
}

export function formatNumber(value: number, { locale }: FormatOptions, maximumFractionDigits = 0): string {
  return memo(
    `number:${locale}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits }),
  ).format(value);
}

export function formatPercent(ratio: number, { locale }: FormatOptions, maximumFractionDigits = 1): string {
  return memo(
    `percent:${locale}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }),
  ).format(ratio);
}

/** "Nov 22, 2026" in the user's zone. */
export function formatDate(iso: string, { locale, timeZone }: FormatOptions): string {
  return memo(
    `date:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }),
  ).format(new Date(iso));
}

/**
 * A calendar date ("2026-11-16", a week's first day) as "Nov 16, 2026": no zone shift, since a
 * calendar date is no instant (noon UTC would show the next day in Auckland's summer, UTC+13).
 */
export function formatCalendarDate(localDate: string, { locale }: FormatOptions): string {
  return memo(
    `calendar:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(new Date(`${localDate}T00:00:00Z`));
}

/** "Nov 22, 2026, 9:30 AM" in the user's zone. */
export function formatDateTime(iso: string, { locale, timeZone }: FormatOptions): string {
  return memo(
    `datetime:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  ).format(new Date(iso));
}
