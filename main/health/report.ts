import type { Database } from 'better-sqlite3';
import type { HealthReport, HealthStatus, TrendPoint } from '@shared/domain/health';
import type { Settings } from '@shared/domain/settings';
import { addDays } from '@shared/health/days';
import { evaluateHealth } from '@shared/health/evaluate';
import { forecastHealth } from '@shared/health/forecast';
import { topRatedProgress } from '@shared/health/jss';
import { MATURITY_DAYS } from '@shared/metrics/rates';
import { localDateOf, localMidnight, resolveTimeZone, weekStartDate } from '@shared/metrics/weeks';
import { listChecklist } from '../db/health/checklist';
import { earningsBetween, firstContractAt, hasEarnings, mostViewed } from '../db/health/trailing';
import { listJss } from '../db/health/jss';
import { getSettings } from '../db/settings/settings';
import { countStale } from '../db/health/stale';
import { weeklySeries } from '../db/dashboard/weekly-series';
import { sentCounter } from '../db/dashboard/sent-buckets';
import { hireCounter } from '../db/health/hires';
import { activityHistory } from './history';
import { healthInputAsOf, weeksNeeded, type InputSources } from './inputs';

/** Past weeks shown in the trend of the level: one quarter. */
export const TREND_WEEKS = 12;
const DAY_MS = 86_400_000;

function sources(db: Database, settings: Settings, now: Date, extraWeeks: number): InputSources {
  const zone = resolveTimeZone(settings.timeZone);
  const currentWeek = weekStartDate(localDateOf(now, zone), settings.weekStart);
  const from = localMidnight(addDays(currentWeek, -7 * (weeksNeeded(settings) + extraWeeks)), zone);
  const weeks = weeklySeries(db, {
    from,
    to: now.toISOString(),
    timeZone: settings.timeZone,
    weekStart: settings.weekStart,
  });
  const mature = matureWeeks(now);
  // Every trailing window the trend asks for (its weeks' ends, now the last) starts after this and ends by now (+1 ms).
  const longest = Math.max(settings.conversionWindowDays, settings.incomeWindowDays);
  const windowsFrom = new Date(now.getTime() - ((extraWeeks + 1) * 7 + longest + 1) * DAY_MS).toISOString();
  const windowsTo = new Date(now.getTime() + 1).toISOString();
  return {
    settings,
    weeks,
    jss: listJss(db),
    earningsRecorded: hasEarnings(db),
    convertingSkills: mostViewed(db, 'skill', mature),
    convertingCategories: mostViewed(db, 'category', mature),
    counters: {
      sent: sentCounter(db, windowsFrom, windowsTo),
      hired: hireCounter(db, windowsFrom, windowsTo),
    },
  };
}

/**
 * The last year of mature weeks in the insights summary's UTC weeks: a summary week starting
 * 21 days (one week plus MATURITY_DAYS) before now has only proposals at least 14 days old.
 */
function matureWeeks(now: Date): { firstWeek: string; lastWeek: string } {
  const day = (offset: number) => new Date(now.getTime() - offset * DAY_MS).toISOString().slice(0, 10);
  return { firstWeek: day(365), lastWeek: day(7 + MATURITY_DAYS) };
}

/** The findings right now: what the banner and the notifier need. */
export function healthStatus(db: Database, now: Date): HealthStatus {
  const settings = getSettings(db);
  return evaluateHealth(healthInputAsOf(db, now, sources(db, settings, now, 0)));
}

/** Everything the Health screen shows. */
export function healthReport(db: Database, now: Date): HealthReport {
  const settings = getSettings(db);
  const zone = resolveTimeZone(settings.timeZone);
  const src = sources(db, settings, now, TREND_WEEKS);
  const input = healthInputAsOf(db, now, src);
  const status = evaluateHealth(input);

  // The level at the end of each past week (the current week: now), oldest first.
  const trend: TrendPoint[] = [];
  for (let k = TREND_WEEKS - 1; k >= 1; k--) {
    const weekStart = addDays(input.currentWeekStart, -7 * k);
    const end = new Date(Date.parse(localMidnight(addDays(weekStart, 7), zone)) - 1);
    const then = evaluateHealth(healthInputAsOf(db, end, src));
    trend.push({ weekStart, level: then.overall, judged: then.judged });
  }
  trend.push({ weekStart: input.currentWeekStart, level: status.overall, judged: status.judged });

  const firstContract = firstContractAt(db);
  const yearAgo = new Date(now.getTime() - 365 * DAY_MS).toISOString();
  return {
    ...status,
    today: input.today,
    trend,
    jss: src.jss,
    topRated: topRatedProgress({
      jss: src.jss,
      currentWeekStart: input.currentWeekStart,
      earnings12mCents: earningsBetween(db, yearAgo, now.toISOString()),
      earningsRecorded: src.earningsRecorded,
      firstContractOn: firstContract && localDateOf(firstContract, zone),
    }),
    checklist: listChecklist(db),
    staleCount: countStale(db, staleBefore(now, settings)),
    forecasts: forecastHealth(input, activityHistory(db, now, settings)),
  };
}

/** Proposals whose last change is older than this instant are stale. */
export function staleBefore(now: Date, settings: Settings): string {
  return new Date(now.getTime() - settings.staleDays * DAY_MS).toISOString();
}
