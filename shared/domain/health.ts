// Account-health vocabulary: levels, rules, findings, and the panels of the Health screen.
// Findings carry i18n keys and raw values, never English text: the renderer words and formats them.

import type { HealthThresholds } from './settings';
import type { WeekRow } from './weekly';

export const HEALTH_LEVELS = ['ok', 'watch', 'at_risk'] as const;
export type HealthLevel = (typeof HEALTH_LEVELS)[number];

export const HEALTH_RULES = ['lowConversion', 'volumeWithoutIncome', 'ratioDrop', 'lowViewRate', 'jss'] as const;
export type HealthRuleId = (typeof HEALTH_RULES)[number];

/** A value the renderer formats for the user's locale before putting it in a sentence. */
export type EvidenceValue =
  | { count: number }
  /** A ratio, 0.05 for 5%. */
  | { ratio: number }
  | { cents: number }
  /** A local date, "YYYY-MM-DD". */
  | { day: string }
  /** Already-written text that needs no translation (a skill name). */
  | { text: string }
  /** A health level, worded by the renderer ("At risk"). */
  | { level: HealthLevel }
  /** A part of the sentence worded on its own first (a forecast's pace). */
  | { statement: Statement };

/** One sentence: an i18n key under "health." (a forecast's: under "forecast.") and its values. */
export interface Statement {
  key: string;
  params: Record<string, EvidenceValue>;
}

export interface Finding {
  rule: HealthRuleId;
  level: HealthLevel;
  /** False when the rule had too little data to judge; its level is then "ok" and the evidence says why. */
  judged: boolean;
  /** What was measured, over which window. */
  evidence: Statement[];
  /** The thresholds the measure was held against. */
  threshold: Statement;
  /** What to do; empty when there is nothing to do. */
  advice: Statement[];
}

/** The user's Job Success Score as they read it on Upwork on a given day. */
export interface JssEntry {
  id: number;
  /** Local date, "YYYY-MM-DD". */
  recordedOn: string;
  /** 0 to 100. */
  score: number;
}

/** Counts over a trailing window ending today (computed in SQL by main). */
export interface TrailingWindow {
  days: number;
  /** Proposals sent in the window. */
  sent: number;
  /** Proposals hired in the window (a win counts when it happened, whenever it was sent). */
  hired: number;
}

export interface IncomeWindow extends TrailingWindow {
  /** Gross earnings received in the window, cents. */
  earningsCents: number;
  /** False when no earnings were ever recorded: "nothing recorded yet" is not "earned $0". */
  earningsRecorded: boolean;
}

/** Everything the rules read. Pure data: the engine never touches the database or the clock. */
export interface HealthInput {
  /** Today's local date, "YYYY-MM-DD", in the user's zone. */
  today: string;
  /** First local day of the current week (the week containing `today`). */
  currentWeekStart: string;
  /** Weekly cohorts, oldest first, up to and including the current week; weeks without proposals may be missing. */
  weeks: WeekRow[];
  conversion: TrailingWindow;
  income: IncomeWindow;
  /** Oldest first. */
  jss: JssEntry[];
  /** Skills and categories whose mature proposals get viewed most, best first (the relevance advice names them). */
  convertingSkills: string[];
  convertingCategories: string[];
  thresholds: HealthThresholds;
}

export interface HealthStatus {
  overall: HealthLevel;
  /** Whether any rule had the minimum it needs: until then "ok" means "nothing to judge yet", not healthy. */
  judged: boolean;
  findings: Finding[];
}

export interface TrendPoint {
  /** First local day of the week. */
  weekStart: string;
  level: HealthLevel;
  /** False for a week no rule could judge (before the first proposals): shown as no data, not as OK. */
  judged: boolean;
}

export const JSS_BANDS = ['top', 'good', 'low', 'review'] as const;
export type JssBand = (typeof JSS_BANDS)[number];

export interface TopRatedProgress {
  /** Weeks (of the last 16) whose JSS in effect was 90 or more; null weeks had no JSS recorded yet. */
  weeksAtOrAbove90: number;
  weeksKnown: number;
  weeksNeeded: number;
  weeksConsidered: number;
  earnings12mCents: number;
  earningsNeededCents: number;
  earningsRecorded: boolean;
  /** Local date of the first hire or earning, null if none: Top Rated wants a first contract over 90 days ago. */
  firstContractOn: string | null;
  firstContractDaysNeeded: number;
}

export const CHECKLIST_ITEMS = [
  'profileComplete',
  'identityVerified',
  'titleSkillsReviewed',
  'portfolio',
  'rateSet',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number];

export interface ChecklistItem {
  item: ChecklistItemId;
  /** When the user ticked it; null when not done. */
  doneAt: string | null;
}

/**
 * Where the pace of the last few weeks leads a rule, and what turns it around (issue 11,
 * shared/health/forecast.ts). Like findings, it carries i18n keys and raw values, never text.
 */
export interface RuleForecast {
  rule: HealthRuleId;
  /** Where the current pace leads (or why there is no forecast). */
  outlook: Statement;
  /** What brings the rule back, or keeps it where it is; empty when there is nothing to say. */
  turnaround: Statement[];
}

export interface HealthReport extends HealthStatus {
  today: string;
  trend: TrendPoint[];
  jss: JssEntry[];
  topRated: TopRatedProgress;
  checklist: ChecklistItem[];
  staleCount: number;
  /** Each rule's forecast, in the order of `findings`. */
  forecasts: RuleForecast[];
}

/** A proposal still waiting for an outcome long after its last change. */
export interface StaleProposal {
  id: number;
  jobTitle: string;
  sentAt: string;
  status: 'sent' | 'viewed';
  statusAt: string;
}

/** What marking stale proposals changed, enough to undo it exactly. */
export interface StaleMarking {
  eventIds: number[];
}
