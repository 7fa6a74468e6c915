// "What converts": hire and view rates broken down by the signals of the job and the client.

export const INSIGHT_DIMENSIONS = [
  'skill',
  'category',
  'source',
  'jobType',
  'bid',
  'paymentVerified',
  'clientHireRate',
  'clientSpend',
  'proposalsBand',
  'speed',
  'boosted',
] as const;
export type InsightDimension = (typeof INSIGHT_DIMENSIONS)[number];

export const INSIGHT_PERIODS = [3, 6, 12, 0] as const; // months; 0 = all time
export type InsightPeriod = (typeof INSIGHT_PERIODS)[number];

export interface InsightCounts {
  /** The group's value: a skill, a category, or a band key such as "hourly:20" (see shared/metrics/bands.ts). */
  value: string;
  sent: number;
  viewed: number;
  hired: number;
}

export interface InsightRow extends InsightCounts {
  hireRate: number | null;
  hireLow: number;
  hireHigh: number;
  viewRate: number | null;
  viewLow: number;
  viewHigh: number;
  /** At least MIN_COUNT proposals; below that the UI says "not enough data". */
  enough: boolean;
}

export interface Insights {
  /** Proposals sent in [from, to): `to` is MATURITY_DAYS ago, so every cohort counted is mature. */
  from: string | null;
  to: string;
  proposals: number;
  minCount: number;
  dimensions: Record<InsightDimension, InsightRow[]>;
}
