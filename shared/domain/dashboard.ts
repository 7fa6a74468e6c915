import type { TargetProgress } from './targets';
import type { ProposalListRow } from './proposal';
import type { StageCounts, WeekRow } from './weekly';

// What the dashboard and the weekly review receive: chart-ready, computed in main.

export const TRAILING_CHOICES = [4, 8, 12] as const;
export type TrailingWeeks = (typeof TRAILING_CHOICES)[number];

/** Weeks drawn in the charts and the table, ending with the chosen week. */
export const CHART_WEEKS = 26;

/** One week of the charts: counts plus the rates worked out from them. */
export interface WeekPoint extends WeekRow {
  viewRate: number | null;
  interviewRate: number | null;
  hireRate: number | null;
  /** False while outcomes may still arrive (younger than MATURITY_DAYS): rates are provisional. */
  mature: boolean;
  /** hireRate split in two series so the chart can draw provisional weeks differently. */
  hireRateMature: number | null;
  hireRateProvisional: number | null;
  connectsCostCents: number;
}

/** Totals over a span of weeks, and the rates pooled over it (not an average of weekly rates). */
export interface PeriodFigures extends StageCounts {
  weeks: number;
  connectsCostCents: number;
  earningsCents: number;
  viewRate: number | null;
  interviewRate: number | null;
  hireRate: number | null;
  /** "1 hire per N proposals"; null without a hire. */
  proposalsPerHire: number | null;
}

export interface Dashboard {
  /** Local date of the chosen week's first day. */
  week: string;
  weekEndsAt: string;
  weekMature: boolean;
  /** The chosen week is the one in progress (can't move forward past it). */
  isCurrentWeek: boolean;
  /** Local date of the first week with a proposal (null: none yet), to bound the week picker. */
  firstWeek: string | null;
  trailingWeeks: TrailingWeeks;
  /** The chosen week's figures. */
  current: PeriodFigures;
  /** The trailing weeks before it, counts as per-week averages, rates pooled. */
  trailing: PeriodFigures;
  /** Pooled hire rate of the mature weeks in the chart: the reference line (the user's own average). */
  baselineHireRate: number | null;
  /** The user's low-conversion warning threshold (Settings, as a share): drawn as a line on the chart. */
  hireRateWatch: number;
  /** Funnel over the chosen week and the trailing weeks before it. */
  funnel: { stage: 'sent' | 'viewed' | 'interviewing' | 'offer' | 'hired'; count: number }[];
  funnelFrom: string;
  weeks: WeekPoint[];
  /** Any earnings recorded at all (otherwise the earnings tile explains how to add them). */
  earningsAvailable: boolean;
  money: DashboardMoney;
  /** At least one proposal logged (else the dashboard explains how to start). */
  hasProposals: boolean;
}

/** What the proposals cost and earned: the chosen week, and the span of the funnel (week + trailing). */
export interface DashboardMoney {
  /** The chosen week's earnings after Upwork's fees (gross is the week's earningsCents). */
  weekNetCents: number;
  weekFeesCents: number;
  /** Connects cost of the span's proposals per hire among them; null without a hire. */
  costPerHireCents: number | null;
  /** The span's net earnings per Connect spent; null when no Connect was spent. */
  earningsPerConnectCents: number | null;
  /** Connects left right now. */
  connectsBalance: number;
}

export interface WeekReview {
  week: string;
  startsAt: string;
  endsAt: string;
  mature: boolean;
  figures: PeriodFigures;
  proposals: ProposalListRow[];
  /** More proposals than listed were sent that week. */
  truncated: boolean;
  /** The week against the weekly plan (the plan as it is set now: past plans are not kept). */
  plan: TargetProgress;
}
