import type { Database } from 'better-sqlite3';
import type { HealthInput, JssEntry } from '@shared/domain/health';
import type { Settings } from '@shared/domain/settings';
import type { WeekRow } from '@shared/domain/weekly';
import { MATURITY_DAYS } from '@shared/metrics/rates';
import { localDateOf, resolveTimeZone, weekStartDate } from '@shared/metrics/weeks';
import { earningsBetween, trailingCounts, type WindowCounters } from '../db/health/trailing';

const DAY_MS = 86_400_000;

/** Weeks of the weekly series the rules can read: the drop rule's windows plus the immature weeks before them. */
export function weeksNeeded(settings: Settings): number {
  return (
    Math.max(settings.dropRecentWeeks + settings.dropBaselineWeeks, settings.viewRateWeeks) +
    Math.ceil(MATURITY_DAYS / 7) +
    2
  );
}

export interface InputSources {
  settings: Settings;
  /** The weekly series covering at least `weeksNeeded` weeks up to `asOf`; extra later weeks are ignored by the rules. */
  weeks: WeekRow[];
  jss: JssEntry[];
  /** Earnings ever recorded (not just in the window). */
  earningsRecorded: boolean;
  /** Computed once per report (a GROUP BY over skills), not once per trend week. */
  convertingSkills: string[];
  convertingCategories: string[];
  /** The trailing windows' counts, built once for every asOf asked. */
  counters: WindowCounters;
}

/**
 * The rules' input as of an instant: "today" and the trailing windows end there. Past instants
 * give the trend; outcomes recorded since are included, so the trend is the level as we now know it.
 */
export function healthInputAsOf(db: Database, asOf: Date, sources: InputSources): HealthInput {
  const { settings } = sources;
  const zone = resolveTimeZone(settings.timeZone);
  // Windows are half-open [from, to); to is just after asOf so an outcome recorded this very
  // millisecond (the hire just marked) counts.
  const to = new Date(asOf.getTime() + 1).toISOString();
  const before = (days: number) => new Date(asOf.getTime() - days * DAY_MS).toISOString();
  const today = localDateOf(asOf, zone);
  const incomeFrom = before(settings.incomeWindowDays);
  return {
    today,
    currentWeekStart: weekStartDate(today, settings.weekStart),
    weeks: sources.weeks,
    conversion: {
      days: settings.conversionWindowDays,
      ...trailingCounts(db, before(settings.conversionWindowDays), to, sources.counters),
    },
    income: {
      days: settings.incomeWindowDays,
      ...trailingCounts(db, incomeFrom, to, sources.counters),
      earningsCents: earningsBetween(db, incomeFrom, to),
      earningsRecorded: sources.earningsRecorded,
    },
    jss: sources.jss,
    convertingSkills: sources.convertingSkills,
    convertingCategories: sources.convertingCategories,
    thresholds: settings,
  };
}
