import { isValid, parse } from 'date-fns';
import type { DateOrder } from '@shared/domain/imports';

// Cell readers shared by the imports. Each returns null for text it cannot read, never a guess.

/**
 * A date without a time is stored at 12:00 UTC: that instant falls on the same calendar day in
 * every zone from UTC-11 to UTC+11, so the day the user saw in the file is the day they see here.
 */
function noonUtc(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month, day, 12)).toISOString();
}

const REFERENCE = new Date(2000, 0, 1);
const MONTH_NAME_FORMATS = ['MMM d, yyyy', 'MMMM d, yyyy', 'MMM d yyyy', 'MMMM d yyyy', 'd MMM yyyy', 'd MMMM yyyy'];

function fromFormats(text: string, formats: string[]): Date | null {
  for (const format of formats) {
    const date = parse(text, format, REFERENCE);
    if (isValid(date)) return date;
  }
  return null;
}

function inRange(date: Date): boolean {
  const year = date.getFullYear();
  return year >= 2000 && year < 2100;
}

/** Upwork's "Sep 8, 2026" or "September 8, 2026" (and ISO "2026-09-08"), as an instant at noon UTC. */
export function parseUpworkDate(raw: string): string | null {
  const text = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^Sept\b/i, 'Sep');
  const date = fromFormats(text, [...MONTH_NAME_FORMATS, 'yyyy-MM-dd']);
  return date && inRange(date) ? noonUtc(date.getFullYear(), date.getMonth(), date.getDate()) : null;
}

/**
 * Spreadsheet dates: ISO instants keep their time; dates alone (ISO, month names, or numeric in
 * the order the user chose, since "03/04/2026" cannot be read without knowing it) get noon UTC.
 */
export function parseSheetDate(raw: string, order: DateOrder): string | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) {
    const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text.replace(' ', 'T')}Z`;
    const t = Date.parse(withZone);
    return Number.isNaN(t) || !inRange(new Date(t)) ? null : new Date(t).toISOString();
  }
  const numeric = order === 'mdy' ? ['M/d/yyyy', 'M-d-yyyy', 'M.d.yyyy'] : ['d/M/yyyy', 'd-M-yyyy', 'd.M.yyyy'];
  const date = fromFormats(text.replace(/^Sept\b/i, 'Sep'), ['yyyy-MM-dd', ...MONTH_NAME_FORMATS, ...numeric]);
  return date && inRange(date) ? noonUtc(date.getFullYear(), date.getMonth(), date.getDate()) : null;
}

/** Far beyond any Upwork payment; a bigger number is a broken cell. */
const MAX_AMOUNT_CENTS = 100_000_000_00;

const AMOUNT =
  /^(?<open>\()?(?<sign>[-\u2212])?\$?(?<sign2>-)?(?<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<fraction>\d{1,2}))?(?<close>\))?$/;

/**
 * "$1,234.56", "-$12.34", "-12.34", "(12.34)", "1234.5" -> signed cents. Commas are thousands
 * separators (Upwork exports US-formatted numbers); anything else unexpected makes it unreadable.
 */
export function parseAmountCents(raw: string): number | null {
  const match = AMOUNT.exec(raw.trim());
  if (!match?.groups) return null;
  const { open, close, sign, sign2, whole, fraction = '' } = match.groups;
  // One way of saying "negative" at most: "(12)" or "-12" or "$-12", never "-(12)" or "-$-12".
  if (Boolean(open) !== Boolean(close) || [open, sign, sign2].filter(Boolean).length > 1) return null;
  const cents = Number(whole!.replace(/,/g, '')) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_AMOUNT_CENTS) return null;
  return open || sign || sign2 ? -cents : cents;
}

/** A non-negative whole number ("16", " 4 "); blank is null, unreadable is undefined. */
export function parseCount(raw: string): number | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  return /^\d{1,6}$/.test(text) ? Number(text) : undefined;
}
