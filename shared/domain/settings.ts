// User settings. Stored one JSON value per key in the settings table; a missing key means the default.
// Keys are flat (not one nested "health" object) so a threshold added later gets its default even
// in a database that stored the others, and a field error names exactly one input.

import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from './review';
import { DEFAULT_WEEKLY_TARGETS, type WeeklyTargets } from './targets';

export const WEEK_STARTS = ['monday', 'sunday', 'saturday'] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];

/** The UI language: "system" follows the computer's (shared/i18n/language.ts), the others are fixed. */
export const LANGUAGE_SETTINGS = ['system', 'en', 'zh-CN'] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/**
 * Account-health thresholds. Upwork publishes none (its 2016-11-23 announcement only names the
 * pattern: "regularly submitting many proposals but not winning projects nor earning money"), so
 * these are starting points from DESIGN.md, each one a user setting.
 */
export interface HealthThresholds {
  /** Trailing window of the low-conversion rule. 30 days: DESIGN.md's example, about a month of bidding. */
  conversionWindowDays: number;
  /** Watch from this many proposals in the window (DESIGN.md: 20)… */
  conversionWatchProposals: number;
  /** …when the hire rate is under this percent (DESIGN.md: 5%, i.e. fewer than 1 hire per 20). */
  conversionWatchHireRatePct: number;
  /** At risk from this many proposals in the window with no hire at all (DESIGN.md: 30). */
  conversionAtRiskProposals: number;

  /** Trailing window of the volume-without-income rule. 90 days: DESIGN.md's "trailing 90 days". */
  incomeWindowDays: number;
  /** Watch from this many proposals in the window with near-zero income: 30 is ~2–3 a week for a quarter, "regularly". */
  incomeWatchProposals: number;
  /** At risk from this many: 60 is ~5 a week, clearly "many" for a quarter. */
  incomeAtRiskProposals: number;
  /** Income below this (cents, gross) counts as near zero. $100: under a tenth of Top Rated's $1,000 a year. */
  incomeNearZeroCents: number;

  /** Latest mature weeks compared with the baseline. 4: one month, enough proposals to mean something. */
  dropRecentWeeks: number;
  /** Mature weeks before those that make the user's own baseline. 12: one quarter. */
  dropBaselineWeeks: number;
  /** Watch when the recent hire rate falls under this percent of the baseline's (50: halved). */
  dropWatchPct: number;
  /** At risk when under this percent of the baseline's (25: a quarter of it). */
  dropAtRiskPct: number;
  /** Fewest proposals each side needs before comparing; under it we say "not enough data". */
  dropMinProposals: number;

  /** Mature weeks the view rate is measured over. 4: a month of cohorts. */
  viewRateWeeks: number;
  /** Fewest proposals before judging the view rate (20: one miss moves it by 5 points, no more). */
  viewRateMinProposals: number;
  /** Watch under this view rate (DESIGN.md: "under 10–20% viewed"; 20 is the top of that range). */
  viewRateWatchPct: number;
  /** At risk under this one (10, the bottom of that range). */
  viewRateAtRiskPct: number;

  /** Watch under this JSS (DESIGN.md: under 75% makes work hard to win). */
  jssWatchPct: number;
  /** At risk under this JSS (DESIGN.md: under 70% for long may bring an account review). */
  jssAtRiskPct: number;
}

export interface Settings extends HealthThresholds, WeeklyTargets, ReviewSettings {
  /** The language of the window, the menu and the notifications. */
  language: LanguageSetting;
  /** First day of the week for weekly figures. Monday by default (ISO weeks). */
  weekStart: WeekStart;
  /** IANA zone the weeks are cut in; "" means the computer's zone. */
  timeZone: string;
  /** OS notification when the overall health level gets worse. On: the warning is the point. */
  healthNotifications: boolean;
  /** A proposal with no outcome this many days after its last change is listed as stale. 14: most outcomes arrive within two weeks. */
  staleDays: number;
  /** Free Connects the Upwork plan credits each month (Basic: 10, Freelancer Plus: 100; 0 for none). */
  monthlyFreeConnects: number;
}

export const DEFAULT_HEALTH_THRESHOLDS: HealthThresholds = {
  conversionWindowDays: 30,
  conversionWatchProposals: 20,
  conversionWatchHireRatePct: 5,
  conversionAtRiskProposals: 30,
  incomeWindowDays: 90,
  incomeWatchProposals: 30,
  incomeAtRiskProposals: 60,
  incomeNearZeroCents: 10_000,
  dropRecentWeeks: 4,
  dropBaselineWeeks: 12,
  dropWatchPct: 50,
  dropAtRiskPct: 25,
  dropMinProposals: 20,
  viewRateWeeks: 4,
  viewRateMinProposals: 20,
  viewRateWatchPct: 20,
  viewRateAtRiskPct: 10,
  jssWatchPct: 75,
  jssAtRiskPct: 70,
};

export const DEFAULT_SETTINGS: Settings = {
  language: 'system',
  weekStart: 'monday',
  timeZone: '',
  healthNotifications: true,
  staleDays: 14,
  monthlyFreeConnects: 10,
  ...DEFAULT_HEALTH_THRESHOLDS,
  ...DEFAULT_WEEKLY_TARGETS,
  ...DEFAULT_REVIEW_SETTINGS,
};
