import type { ActivityHistory, Pace } from '../domain/forecast';
import type { HealthInput } from '../domain/health';
import type { WeekRow } from '../domain/weekly';
import { addDays, daysBetween } from './days';
import { latestMatureWeek, sumWeeks } from './weekly-rules';

// The rules' input as it would be some days from now if the pace of the last few weeks held.
// Forecasts run the very rule functions on these projected inputs, so a forecast can never
// disagree with the rule it is about (same thresholds, same windows, same maturity).

/** The pace is measured over the last four weeks: long enough to smooth a week off, short enough to be "now". */
export const PACE_DAYS = 28;
/** Under a week of logging, a pace says more about the day someone started than about their habits. */
export const MIN_PACE_DAYS = 7;
/** Mature weeks the view and hire rates are measured over (the rules' own recent window, by default). */
export const RATE_WEEKS = 4;

/** What the future looks like in a projection: the pace carried forward, or a "what if". */
export interface Scenario {
  sentPerDay: number;
  hiresPerDay: number;
  earnedCentsPerDay: number;
  /** Shares of future proposals viewed and hired, which the weekly rules read as cohorts. */
  viewRate: number;
  hireRate: number;
}

const sum = (values: readonly number[], from = 0, to = values.length) =>
  values.slice(from, to).reduce((total, value) => total + value, 0);

/** The pace of the last PACE_DAYS (or since the first proposal); null with less than MIN_PACE_DAYS of history. */
export function measurePace(input: HealthInput, history: ActivityHistory): Pace | null {
  const since = history.daysSinceFirstProposal;
  if (since === null || since + 1 < MIN_PACE_DAYS) return null;
  const days = Math.min(PACE_DAYS, since + 1);
  const mature = sumWeeks(input.weeks, latestMatureWeek(input.currentWeekStart, input.today), RATE_WEEKS);
  return {
    days,
    sent: sum(history.sent, 0, days),
    hired: sum(history.hired, 0, days),
    earnedCents: sum(history.earnedCents, 0, days),
    viewRate: mature.sent > 0 ? mature.viewed / mature.sent : null,
    hireRate: mature.sent > 0 ? mature.hired / mature.sent : null,
  };
}

export function paceScenario(pace: Pace): Scenario {
  return {
    sentPerDay: pace.sent / pace.days,
    hiresPerDay: pace.hired / pace.days,
    earnedCentsPerDay: pace.earnedCents / pace.days,
    viewRate: pace.viewRate ?? 0,
    hireRate: pace.hireRate ?? 0,
  };
}

/** A week the rules read by its start and counts; the instants are nominal (the rules never read them). */
function emptyWeek(weekStart: string): WeekRow {
  return {
    weekStart,
    startsAt: `${weekStart}T00:00:00.000Z`,
    endsAt: `${addDays(weekStart, 7)}T00:00:00.000Z`,
    sent: 0,
    viewed: 0,
    interviewed: 0,
    offered: 0,
    hired: 0,
    connects: 0,
    earningsCents: 0,
  };
}

/**
 * The weekly cohorts as they will stand once mature: mature weeks as they are; younger weeks
 * (outcomes still arriving) at least at the measured rates; the rest of this week and the weeks
 * to come at the scenario's pace and rates. Counts are expected values, fractions included.
 */
function projectWeeks(input: HealthInput, pace: Pace | null, scenario: Scenario, horizonDays: number): WeekRow[] {
  const lastMature = latestMatureWeek(input.currentWeekStart, input.today);
  const measured = { view: pace?.viewRate ?? scenario.viewRate, hire: pace?.hireRate ?? scenario.hireRate };
  const given = new Map(input.weeks.map((w) => [w.weekStart, w]));
  const rows = input.weeks.filter((w) => w.weekStart <= lastMature);
  for (let start = addDays(lastMature, 7); start <= input.currentWeekStart; start = addDays(start, 7)) {
    const week = given.get(start) ?? emptyWeek(start);
    const daysLeft = start === input.currentWeekStart ? 6 - daysBetween(start, input.today) : 0;
    const coming = scenario.sentPerDay * daysLeft;
    rows.push({
      ...week,
      sent: week.sent + coming,
      viewed: Math.max(week.viewed, week.sent * measured.view) + coming * scenario.viewRate,
      hired: Math.max(week.hired, week.sent * measured.hire) + coming * scenario.hireRate,
    });
  }
  const lastDay = addDays(input.today, horizonDays);
  for (let start = addDays(input.currentWeekStart, 7); start <= lastDay; start = addDays(start, 7)) {
    const sent = scenario.sentPerDay * 7;
    rows.push({
      ...emptyWeek(start),
      sent,
      viewed: sent * scenario.viewRate,
      hired: sent * scenario.hireRate,
      earningsCents: scenario.earnedCentsPerDay * 7,
    });
  }
  return rows;
}

/** Running totals, so "what left the window by day d" is one subtraction. */
function prefixSums(values: readonly number[]): number[] {
  const sums = [0];
  for (const value of values) sums.push(sums.at(-1)! + value);
  return sums;
}

/** Of a window of `window` days ending now, what has left it `d` days from now: its oldest d days. */
function leftBy(sums: readonly number[], window: number, d: number): number {
  const last = Math.min(window, sums.length - 1);
  const first = Math.min(Math.max(window - d, 0), last);
  return sums[last]! - sums[first]!;
}

/** Whole events that arrived by day d at a steady rate: the first one counts once the rate has made a whole one. */
function arrivedBy(perDay: number, d: number): number {
  return Math.floor(perDay * d + 1e-9);
}

/** Of those, the ones still inside a window of `window` days on day d (the earliest leave it too). */
function arrivedWithin(perDay: number, d: number, window: number): number {
  return arrivedBy(perDay, d) - arrivedBy(perDay, Math.max(0, d - window));
}

/**
 * The rules' input `d` days from now under a scenario. The trailing windows start from today's
 * exact counts, lose what leaves them day by day (the history says when each one came), and gain
 * what the scenario brings; the weekly cohorts come from `projectWeeks`.
 */
export function projector(
  input: HealthInput,
  history: ActivityHistory,
  pace: Pace | null,
  scenario: Scenario,
  horizonDays: number,
): (d: number) => HealthInput {
  const weeks = projectWeeks(input, pace, scenario, horizonDays);
  const sent = prefixSums(history.sent);
  const hired = prefixSums(history.hired);
  const earned = prefixSums(history.earnedCents);
  const daysIntoWeek = daysBetween(input.currentWeekStart, input.today);
  const { conversion: c, income: i } = input;
  return (d) => ({
    ...input,
    today: addDays(input.today, d),
    currentWeekStart: addDays(input.currentWeekStart, 7 * Math.floor((daysIntoWeek + d) / 7)),
    weeks,
    conversion: {
      days: c.days,
      sent: Math.max(0, c.sent - leftBy(sent, c.days, d)) + arrivedWithin(scenario.sentPerDay, d, c.days),
      hired: Math.max(0, c.hired - leftBy(hired, c.days, d)) + arrivedWithin(scenario.hiresPerDay, d, c.days),
    },
    income: {
      days: i.days,
      sent: Math.max(0, i.sent - leftBy(sent, i.days, d)) + arrivedWithin(scenario.sentPerDay, d, i.days),
      hired: Math.max(0, i.hired - leftBy(hired, i.days, d)) + arrivedWithin(scenario.hiresPerDay, d, i.days),
      earningsCents:
        Math.max(0, i.earningsCents - leftBy(earned, i.days, d)) +
        Math.round(scenario.earnedCentsPerDay * Math.min(d, i.days)),
      earningsRecorded: i.earningsRecorded || scenario.earnedCentsPerDay > 0,
    },
  });
}
