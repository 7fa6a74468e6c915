// Weekly targets (issue 11): a plan for the week, stored with the other settings (one key each).

/**
 * Starting points for someone who bids a few times a day at most. The ceiling is the point: at 8
 * a week a month without a hire stays under the 30 proposals the low-conversion rule calls at
 * risk, and a week's volume never runs ahead of its wins unnoticed.
 */
export interface WeeklyTargets {
  /** Proposals to send each week, at least… */
  weeklyProposalsMin: number;
  /** …and at most: the ceiling. */
  weeklyProposalsMax: number;
  /** Hires hoped for each week (a hire counts in the week it happens). */
  weeklyHires: number;
  /** Connects to spend each week, boosts included. 80: five proposals at 16. */
  weeklyConnectsBudget: number;
}

export const DEFAULT_WEEKLY_TARGETS: WeeklyTargets = {
  weeklyProposalsMin: 4,
  weeklyProposalsMax: 8,
  weeklyHires: 1,
  weeklyConnectsBudget: 80,
};

/** What the current week has brought so far. */
export interface WeekActivity {
  /** Local date of the week's first day. */
  weekStart: string;
  sent: number;
  /** Hires that happened this week, whenever their proposals went out. */
  hires: number;
  connects: number;
}

/** The week against its targets: what the dashboard shows. */
export interface TargetProgress {
  weekStart: string;
  proposals: { sent: number; min: number; max: number; state: 'below' | 'within' | 'over' };
  hires: { count: number; target: number; met: boolean };
  connects: { spent: number; budget: number; over: boolean };
  /** Past the ceiling while hires are behind: volume without wins, the pattern the ceiling guards against. */
  volumeWithoutWins: boolean;
}
