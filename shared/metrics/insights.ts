import type { InsightCounts, InsightRow } from '../domain/insights';
import { enoughData, ratio, wilsonInterval } from './rates';

/** Adds rates and 95% intervals to grouped counts. */
export function toInsightRow(counts: InsightCounts, minimum: number): InsightRow {
  const hire = wilsonInterval(counts.hired, counts.sent) ?? { low: 0, high: 1 };
  const view = wilsonInterval(counts.viewed, counts.sent) ?? { low: 0, high: 1 };
  return {
    ...counts,
    hireRate: ratio(counts.hired, counts.sent),
    hireLow: hire.low,
    hireHigh: hire.high,
    viewRate: ratio(counts.viewed, counts.sent),
    viewLow: view.low,
    viewHigh: view.high,
    enough: enoughData(counts.sent, minimum),
  };
}

/**
 * Ranks groups by the Wilson lower bound of the hire rate (then of the view rate): a group
 * with 2 hires out of 3 does not outrank one with 20 out of 100. Groups under the minimum
 * count go last, largest first, since their rates say little.
 */
export function rankInsights(groups: readonly InsightCounts[], minimum: number): InsightRow[] {
  return groups
    .map((g) => toInsightRow(g, minimum))
    .sort(
      (a, b) =>
        Number(b.enough) - Number(a.enough) ||
        (a.enough ? b.hireLow - a.hireLow || b.viewLow - a.viewLow : 0) ||
        b.sent - a.sent ||
        a.value.localeCompare(b.value),
    );
}
