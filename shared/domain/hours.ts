// Hours worked (from the Weekly Summary) beside what they paid, for the effective hourly rate.
// Raw sums: the figures come from shared/money/hourly-rate.ts on either side.

/** Seconds worked and the money of the same contracts and weeks (docs/money.md). */
export interface HoursAndPay {
  seconds: number;
  /** Earnings (hourly, fixed-price, bonus, refund), gross. */
  earnedCents: number;
  /** Upwork's service fees on them (negative or zero). */
  feesCents: number;
}

export interface MonthHours extends HoursAndPay {
  /** "YYYY-MM": the month a Upwork week (Monday) starts in. */
  month: string;
}

export interface KindHours extends HoursAndPay {
  /** The job type, category or skill of the proposals that won the contracts. */
  value: string;
  contracts: number;
}

export const RATE_DIMENSIONS = ['jobType', 'category', 'skill'] as const;
export type RateDimension = (typeof RATE_DIMENSIONS)[number];

export interface HourlyRates {
  /** Months with hours, latest first (at most 24). */
  months: MonthHours[];
  /** By what won the contract: only contracts linked to their proposal count here. */
  kinds: Record<RateDimension, KindHours[]>;
  /** Contracts with hours that no proposal is linked to (so in no kind). */
  unlinkedContracts: number;
}
