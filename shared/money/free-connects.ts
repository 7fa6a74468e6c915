import { localDateOf } from '../metrics/weeks';

// The plan's free Connects (Upwork: 10 a month on the Basic plan, 100 on Freelancer Plus),
// credited on the first of each month in the user's zone. They are computed, never stored: a
// stored grant row would be written once per device and doubled by sync, and a change of plan
// in Settings would leave stale rows behind. docs/money.md says why in full.

export interface FreeConnects {
  /** Months credited so far, the first one's included. */
  months: number;
  connects: number;
  /** Local date of the first credited month's first day; null before anything was recorded. */
  since: string | null;
}

function monthIndex(localDate: string): number {
  const [y, m] = localDate.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

/**
 * Free Connects credited from the month the user's first entry (proposal or ledger entry) falls in
 * up to `at`: one allowance a month, the month of the first entry included.
 */
export function freeConnectsGranted(
  firstEntryAt: string | null,
  at: string | Date,
  zone: string,
  perMonth: number,
): FreeConnects {
  if (firstEntryAt === null || Date.parse(firstEntryAt) > new Date(at).getTime()) {
    return { months: 0, connects: 0, since: null };
  }
  const first = localDateOf(firstEntryAt, zone);
  const months = monthIndex(localDateOf(at, zone)) - monthIndex(first) + 1;
  return { months, connects: months * perMonth, since: `${first.slice(0, 7)}-01` };
}
