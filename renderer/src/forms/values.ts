import { TZDate } from '@date-fns/tz';

// Typed text to values and back, for every form: amounts, calendar days and local date-times.
// Each returns undefined for text it cannot read (the form says so beside the field) and null for
// blank where blank is allowed.

/**
 * "$1,250.50", "1250.5", "1 250", "US$1,250" -> cents. Commas and spaces are read as thousands
 * separators. A Chinese keyboard's full-width forms ("１，２５０．５０", "＄") count as their ASCII
 * twins (NFKC), so an amount typed with the IME still on is read, not refused.
 */
export function parseMoney(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const cleaned = text
    .normalize('NFKC')
    .replace(/^\s*US(?=\s*\$)/i, '')
    .replace(/[\s$,]/g, '');
  if (!/^\d+(\.\d{0,2})?$/.test(cleaned)) return undefined;
  const [whole = '0', fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** "-12.50", "$1,250", "(12.50)" -> signed cents; null when blank; undefined when unreadable. */
export function parseSignedMoney(text: string): number | null | undefined {
  const trimmed = text.trim();
  const negative = /^-|^\(.*\)$/.test(trimmed);
  const cents = parseMoney(trimmed.replace(/^-|^\(|\)$/g, ''));
  if (cents === null || cents === undefined) return cents;
  return negative ? -cents : cents;
}

/** "2026-11-02" (a date input) -> noon UTC that day, as imported rows are stored. */
export function dateToInstant(date: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T12:00:00.000Z` : undefined;
}

/** The calendar day of a stored instant, for a date input (noon UTC keeps the day in any zone from UTC-11 to UTC+11). */
export function instantToDate(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '';
}

/** "2026-11-22T09:30" in the user's zone, for datetime-local inputs. */
export function toLocalInput(iso: string, zone: string): string {
  const d = new TZDate(iso, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (the user's zone) as a UTC instant; undefined when blank or unreadable. */
export function fromLocalInput(value: string, zone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  // Date fields would roll over ("month 13" becoming next January); a wrong field is refused instead.
  const calendar = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || hour > 23 || minute > 59)
    return undefined;
  const d = new TZDate(year, month - 1, day, hour, minute, zone);
  return Number.isNaN(d.getTime()) ? undefined : new Date(d.getTime()).toISOString();
}
