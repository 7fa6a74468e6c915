import { CONNECT_PRICE_CENTS } from '../domain/money';

// The sample freelancer's Connects: the plan's free ones each month (counted by the app, not
// stored) and packs bought whenever the week ahead would need more than is left. Deterministic:
// derived from the proposals alone, with no random draw, so the proposals stay what they were.

export interface SampleConnectsPurchase {
  occurredAt: string;
  connects: number;
  costCents: number;
}

const WEEK = 7 * 24 * 3_600_000;
/** Upwork sells Connects in packs; the sample buys the smallest that covers the week. */
const PACKS = [40, 80, 120, 200] as const;

function monthsCredited(firstMs: number, atMs: number): number {
  const first = new Date(firstMs);
  const at = new Date(atMs);
  return (at.getUTCFullYear() - first.getUTCFullYear()) * 12 + at.getUTCMonth() - first.getUTCMonth() + 1;
}

/**
 * Packs bought at the start of each week whose spends would take the balance under a reserve of
 * one month's free Connects. The reserve absorbs the user's zone: the app credits a month on its
 * first day in that zone, up to 14 hours away from the UTC first the sample reckons with, and a
 * first proposal near a month's end may start the free Connects a month later there.
 */
export function samplePurchases(
  proposals: readonly { fields: { sentAt: string; connectsSpent: number; boostConnects: number } }[],
  firstWeekMs: number,
  weeks: number,
  freePerMonth: number,
): SampleConnectsPurchase[] {
  const spends = proposals.map((p) => ({
    at: Date.parse(p.fields.sentAt),
    connects: p.fields.connectsSpent + p.fields.boostConnects,
  }));
  if (spends.length === 0) return [];
  const firstMs = spends[0]!.at;
  const purchases: SampleConnectsPurchase[] = [];
  let bought = 0;
  let spent = 0;
  let next = 0;
  for (let w = 0; w < weeks; w++) {
    const start = firstWeekMs + w * WEEK;
    const end = start + WEEK;
    let weekSpend = 0;
    for (let i = next; i < spends.length && spends[i]!.at < end; i++) weekSpend += spends[i]!.connects;
    // Free Connects of months begun before this week only: one arriving mid-week is not counted on.
    const free = start > firstMs ? monthsCredited(firstMs, start - 1) * freePerMonth : 0;
    const short = weekSpend + freePerMonth - (bought + free - spent);
    if (short > 0) {
      const connects = PACKS.find((pack) => pack >= short) ?? Math.ceil(short / 40) * 40;
      purchases.push({
        occurredAt: new Date(start).toISOString(),
        connects,
        costCents: connects * CONNECT_PRICE_CENTS,
      });
      bought += connects;
    }
    while (next < spends.length && spends[next]!.at < end) spent += spends[next++]!.connects;
  }
  return purchases;
}
