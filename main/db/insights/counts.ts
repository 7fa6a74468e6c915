import type { Database } from 'better-sqlite3';
import { INSIGHT_DIMENSIONS, type InsightCounts, type InsightDimension } from '@shared/domain/insights';
import { prepared } from '../statements';

// "What converts": counts per value of each signal over a window of UTC weeks, summed from the
// insight_weekly summary (see insight-summary.ts) instead of grouping every proposal.

export interface InsightWindow {
  /** UTC Monday "YYYY-MM-DD", inclusive; null = from the first proposal. */
  fromWeek: string | null;
  /** UTC Monday "YYYY-MM-DD", exclusive. */
  toWeek: string;
}

export interface InsightCountsResult {
  proposals: number;
  dimensions: Record<InsightDimension, InsightCounts[]>;
}

export function insightCounts(db: Database, { fromWeek, toWeek }: InsightWindow): InsightCountsResult {
  const rows = prepared<[string, string], InsightCounts & { dimension: InsightDimension }>(
    db,
    `SELECT dimension, min(value) AS value, sum(sent) AS sent, sum(viewed) AS viewed, sum(hired) AS hired
       FROM insight_weekly WHERE week >= ? AND week < ?
       GROUP BY dimension, value HAVING sum(sent) > 0`,
  ).all(fromWeek ?? '', toWeek);
  const dimensions = Object.fromEntries(INSIGHT_DIMENSIONS.map((d) => [d, [] as InsightCounts[]])) as Record<
    InsightDimension,
    InsightCounts[]
  >;
  let proposals = 0;
  for (const { dimension, ...counts } of rows) {
    dimensions[dimension]?.push(counts);
    // Every proposal has exactly one "boosted" value (yes or no): its total is the proposal count.
    if (dimension === 'boosted') proposals += counts.sent;
  }
  return { proposals, dimensions };
}
