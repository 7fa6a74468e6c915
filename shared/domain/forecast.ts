// What the forecasts of the health rules read: the recent activity day by day and the pace it
// makes. The forecasts themselves (RuleForecast) are part of the health report (./health.ts).

/**
 * What happened on each of the last days, counted back from "now" in days of 24 hours: index 0
 * is the last 24 hours. The trailing windows of the rules are 24-hour multiples back from now,
 * so these buckets tell exactly which of today's proposals, hires and earnings leave a window when.
 */
export interface ActivityHistory {
  /** Proposals sent k days ago (k = index). */
  sent: number[];
  /** Proposals hired k days ago (when the hire happened, as the trailing windows count it). */
  hired: number[];
  /** Gross earnings received k days ago, cents (the dashboard's definition of an earning). */
  earnedCents: number[];
  /** Whole days since the first proposal ever logged; null when there is none. */
  daysSinceFirstProposal: number | null;
}

/** The pace of the last few weeks, which a forecast carries forward. */
export interface Pace {
  /** Days the pace was measured over: the last 28, or fewer for someone who started logging later. */
  days: number;
  sent: number;
  hired: number;
  earnedCents: number;
  /** Viewed and hired shares of the latest mature weeks' proposals; null without any mature proposal. */
  viewRate: number | null;
  hireRate: number | null;
}
