// The weekly series: the shape main's SQL aggregation hands to charts and to the health rules.

/**
 * One week of the user's activity, weeks cut in the user's time zone and chosen week start.
 * Proposal counts are cohorts by sent week: a proposal counts in the week it was sent, whatever
 * week its outcome came. A stage counts once a proposal reached it or any later stage
 * (a hire implies it was viewed and interviewed).
 */
export interface WeekRow extends StageCounts {
  /** Local date of the week's first day, "YYYY-MM-DD". */
  weekStart: string;
  /** The week's first instant and the next week's first instant (exclusive), ISO UTC. */
  startsAt: string;
  endsAt: string;
  /** Earnings received that calendar week, in cents, gross of fees (0 until earnings are recorded). */
  earningsCents: number;
}

/** How many proposals reached each stage, and the Connects they cost (boosts included). */
export interface StageCounts {
  sent: number;
  viewed: number;
  interviewed: number;
  offered: number;
  hired: number;
  connects: number;
}
