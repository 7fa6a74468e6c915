import type { WeekStart } from '../domain/settings';
import { EARNING_KINDS, FEE_KINDS, type MoneyBucket, type TransactionKind } from '../domain/money';
import { addDays, localDateOf, localMidnight, resolveTimeZone, weekOf, weeksBetween } from '../metrics/weeks';

// Earnings per week and per month, cut in the user's zone and week start with the same week
// helpers as the dashboard, so a payment lands in the same week on both screens. Pure, so the
// edges (a payment at 23:30 on a Sunday in Manila) are tested without a database.

export interface MoneyRow {
  occurredAt: string;
  kind: TransactionKind;
  amountCents: number;
}

export interface Calendar {
  /** IANA zone; "" means the computer's. */
  timeZone: string;
  weekStart: WeekStart;
}

/** Ten years of months (or weeks): past that a table of empty periods says nothing, so only busy ones are listed. */
const MAX_FILLED_MONTHS = 120;
const MAX_FILLED_WEEKS = 530;

export function isEarning(kind: TransactionKind): boolean {
  return EARNING_KINDS.includes(kind);
}

export function isFee(kind: TransactionKind): boolean {
  return FEE_KINDS.includes(kind);
}

function emptyBucket(period: string): MoneyBucket {
  return { period, grossCents: 0, feesCents: 0, netCents: 0 };
}

/** Every month from the one containing `from` to the one containing the instant before `to`. */
function monthsBetween(from: string, to: string, zone: string): string[] {
  const first = localDateOf(from, zone).slice(0, 7);
  const last = localDateOf(new Date(Date.parse(to) - 1), zone).slice(0, 7);
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let month = first; month <= last && months.length <= MAX_FILLED_MONTHS;) {
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    month = `${y}-${String(m).padStart(2, '0')}`;
  }
  return months.length > MAX_FILLED_MONTHS ? [] : months;
}

interface Slot {
  period: string;
  startsAt: string;
  endsAt: string;
}

/** The periods of the range with their UTC bounds, oldest first; empty when too long to list. */
function slots(range: { from: string; to: string }, zone: string, calendar: Calendar, unit: 'week' | 'month'): Slot[] {
  if (unit === 'week') {
    const tooLong = Date.parse(range.to) - Date.parse(range.from) > MAX_FILLED_WEEKS * 7 * 86_400_000;
    if (tooLong) return [];
    return weeksBetween(range.from, range.to, zone, calendar.weekStart, MAX_FILLED_WEEKS + 1).map((w) => ({
      period: w.weekStart,
      startsAt: w.startsAt,
      endsAt: w.endsAt,
    }));
  }
  const months = monthsBetween(range.from, range.to, zone);
  return months.map((month, i) => ({
    period: month,
    startsAt: localMidnight(`${month}-01`, zone),
    endsAt: localMidnight(`${months[i + 1] ?? nextMonth(month)}-01`, zone),
  }));
}

/**
 * A week's ("YYYY-MM-DD", its first day) or month's ("YYYY-MM") [startsAt, endsAt) in the zone,
 * cut to the range: what was spent in it is read for exactly the instants its money was.
 */
export function periodBounds(
  period: string,
  unit: 'week' | 'month',
  range: { from: string; to: string },
  timeZone: string,
): { startsAt: string; endsAt: string } {
  const zone = resolveTimeZone(timeZone);
  const [start, end] = unit === 'week' ? [period, addDays(period, 7)] : [`${period}-01`, `${nextMonth(period)}-01`];
  const startsAt = localMidnight(start, zone);
  const endsAt = localMidnight(end, zone);
  return {
    startsAt: startsAt < range.from ? range.from : startsAt,
    endsAt: endsAt > range.to ? range.to : endsAt,
  };
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The slot holding an instant, by binary search on the UTC bounds (no zone arithmetic per row). */
function slotOf(list: Slot[], instant: string): Slot | undefined {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const slot = list[mid]!;
    if (instant < slot.startsAt) high = mid - 1;
    else if (instant >= slot.endsAt) low = mid + 1;
    else return slot;
  }
  return undefined;
}

/** Gross (earning kinds), fees (service fees, negative) and net per bucket, oldest first; quiet periods show as zero. */
export function bucketMoney(
  rows: readonly MoneyRow[],
  range: { from: string; to: string },
  calendar: Calendar,
  unit: 'week' | 'month',
): MoneyBucket[] {
  const zone = resolveTimeZone(calendar.timeZone);
  const list = slots(range, zone, calendar, unit);
  const buckets = new Map<string, MoneyBucket>(list.map((slot) => [slot.period, emptyBucket(slot.period)]));
  for (const row of rows) {
    if (!isEarning(row.kind) && !isFee(row.kind)) continue;
    const instant = new Date(row.occurredAt).toISOString();
    // Rows outside the listed periods (a range too long to list) are placed one by one.
    const period =
      slotOf(list, instant)?.period ??
      (unit === 'week' ? weekOf(instant, zone, calendar.weekStart).weekStart : localDateOf(instant, zone).slice(0, 7));
    const bucket = buckets.get(period) ?? emptyBucket(period);
    if (isEarning(row.kind)) bucket.grossCents += row.amountCents;
    else bucket.feesCents += row.amountCents;
    bucket.netCents = bucket.grossCents + bucket.feesCents;
    buckets.set(period, bucket);
  }
  return [...buckets.values()].sort((a, b) => a.period.localeCompare(b.period));
}
