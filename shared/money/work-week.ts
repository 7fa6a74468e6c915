import type { TransactionKind } from '../domain/money';
import { addDays, weekStartDate } from '../metrics/weeks';

// Which Upwork week an earning pays for. Upwork bills hourly work Monday to Sunday and pays it
// the week after, so a payment's date is not the week of the work: the transaction history names
// the period on hourly invoices ("Invoice for 10/12/2026-10/18/2026"), and the Weekly Summary
// dates each day worked. Matching the two week by week is how money is never counted twice
// (docs/money.md).

// Remembered per day: an import asks for the same few hundred days a hundred thousand times, and
// the date arithmetic was a tenth of a Weekly Summary commit. Bounded, so no input grows it forever.
const weekOfDay = new Map<string, string>();
const MAX_REMEMBERED_DAYS = 20_000;

/** Monday ("YYYY-MM-DD") of the Upwork week containing a calendar day. */
export function upworkWeek(day: string): string {
  let week = weekOfDay.get(day);
  if (week === undefined) {
    if (weekOfDay.size >= MAX_REMEMBERED_DAYS) weekOfDay.clear();
    week = weekStartDate(day, 'monday');
    weekOfDay.set(day, week);
  }
  return week;
}

const weekBeforeDay = new Map<string, string>();

/** Monday of the Upwork week before a day's (remembered like upworkWeek: the date arithmetic is the cost). */
function weekBefore(day: string): string {
  let week = weekBeforeDay.get(day);
  if (week === undefined) {
    if (weekBeforeDay.size >= MAX_REMEMBERED_DAYS) weekBeforeDay.clear();
    week = upworkWeek(addDays(day, -7));
    weekBeforeDay.set(day, week);
  }
  return week;
}

const INVOICE_PERIOD = /\bInvoice for (\d{1,2})\/(\d{1,2})\/(\d{4})\s*-\s*\d{1,2}\/\d{1,2}\/\d{4}/i;

/** The first day of an hourly invoice's period, as the description names it (US order). */
export function invoicePeriodStart(description: string | null): string | null {
  const match = description ? INVOICE_PERIOD.exec(description) : null;
  if (!match) return null;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The week an earning pays for: an hourly invoice's period, else (hourly without one) the week
 * before it was paid, else the week it was paid in. Null for what is not an earning.
 */
export function paidForWeek(kind: TransactionKind, description: string | null, occurredAt: string): string | null {
  const paidOn = occurredAt.slice(0, 10);
  if (kind === 'hourly') {
    const start = invoicePeriodStart(description);
    return start ? upworkWeek(start) : weekBefore(paidOn);
  }
  if (kind === 'fixed_price' || kind === 'bonus' || kind === 'refund') return upworkWeek(paidOn);
  return null;
}
