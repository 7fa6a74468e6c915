import { z } from 'zod';

/** "Required" only when the value is missing; other problems keep their own key. (A plain string
 * `error` on z.string() would replace every message of that schema, "too long" included.) */
export const requiredWhenMissing = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'validation.required' : undefined),
};

// Reusable field schemas. Custom messages are i18n keys (see validation-errors.ts).

/** Upwork launched in 2015; anything outside these years is a typo, not a proposal. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** An instant with an explicit offset, stored as UTC ("2026-11-22T09:30:00.000Z"). */
export const instant = z
  .string(requiredWhenMissing)
  .trim()
  .pipe(z.iso.datetime({ offset: true, error: 'validation.instant' }))
  .transform((s) => new Date(s).toISOString())
  .refine((s) => {
    const t = Date.parse(s);
    return t >= EARLIEST && t < LATEST;
  }, 'validation.dateOutOfRange');

/** A local calendar date ("YYYY-MM-DD") in the same years; anything not a date is another check's to refuse. */
export function inAcceptedYears(localDate: string): boolean {
  const t = Date.parse(`${localDate}T00:00:00Z`);
  return !(t < EARLIEST || t >= LATEST);
}

export const id = z.number().int().positive();

/** $1,000,000: above any single Upwork payment or bid, far below float trouble. */
export const MAX_CENTS = 100_000_000;

/** A page of a long list. */
export const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

/** Optional free text: blank becomes null so the database never holds "" and NULL for the same thing. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((s) => (s === '' ? null : s));
}

export function requiredText(max: number) {
  return z.string(requiredWhenMissing).trim().min(1, 'validation.required').max(max);
}

export function optionalInt(min: number, max: number) {
  return z.number().int('validation.wholeNumber').min(min).max(max).nullable().default(null);
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .nullable()
  .default(null)
  .transform((s) => (s === '' ? null : s))
  .refine((s) => s === null || isHttpUrl(s), 'validation.httpUrl');
