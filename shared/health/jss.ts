import type {
  Finding,
  HealthInput,
  HealthLevel,
  JssBand,
  JssEntry,
  Statement,
  TopRatedProgress,
} from '../domain/health';
import { addDays, daysBetween } from './days';

// Job Success Score facts (DESIGN.md): 90+ is Top Rated territory, under 75 makes work hard to
// win, under 70 for long may bring a review. The bands are Upwork's; the rule's levels are settings.

export function jssBand(score: number): JssBand {
  if (score >= 90) return 'top';
  if (score >= 75) return 'good';
  if (score >= 70) return 'low';
  return 'review';
}

/** A JSS older than this is probably out of date: Upwork recomputes it every two weeks or so. */
export const JSS_STALE_DAYS = 60;

/** Rule 5: the latest recorded JSS against the watch and at-risk levels. */
export function jssRule({ jss, today, thresholds: t }: HealthInput): Finding {
  const threshold: Statement = {
    key: 'threshold.jss',
    params: { watch: { count: t.jssWatchPct }, risk: { count: t.jssAtRiskPct } },
  };
  const latest = latestOnOrBefore(jss, today);
  if (!latest) {
    // New freelancers have no JSS at all: that is not a risk, just nothing to judge.
    return {
      rule: 'jss',
      level: 'ok',
      judged: false,
      evidence: [{ key: 'evidence.noJss', params: {} }],
      threshold,
      advice: [{ key: 'advice.recordJss', params: {} }],
    };
  }
  let level: HealthLevel = 'ok';
  if (latest.score < t.jssAtRiskPct) level = 'at_risk';
  else if (latest.score < t.jssWatchPct) level = 'watch';
  const advice: Statement[] = [];
  if (level !== 'ok') advice.push({ key: 'advice.jssRecover', params: {} });
  if (daysBetween(latest.recordedOn, today) > JSS_STALE_DAYS) advice.push({ key: 'advice.recordJss', params: {} });
  return {
    rule: 'jss',
    level,
    judged: true,
    evidence: [{ key: 'evidence.jss', params: { score: { count: latest.score }, on: { day: latest.recordedOn } } }],
    threshold,
    advice,
  };
}

/** The entry in effect on `day`: the latest recorded on or before it. `entries` oldest first. */
export function latestOnOrBefore(entries: readonly JssEntry[], day: string): JssEntry | undefined {
  let found: JssEntry | undefined;
  for (const entry of entries) if (entry.recordedOn <= day) found = entry;
  return found;
}

/** Upwork's Top Rated bar: JSS 90%+ in 13 of the last 16 weeks, $1,000 in 12 months, first contract 90+ days old. */
export const TOP_RATED = { weeks: 16, weeksNeeded: 13, jss: 90, earningsCents: 100_000, contractDays: 90 } as const;

export function topRatedProgress(input: {
  jss: readonly JssEntry[];
  currentWeekStart: string;
  earnings12mCents: number;
  earningsRecorded: boolean;
  firstContractOn: string | null;
}): TopRatedProgress {
  let atOrAbove = 0;
  let known = 0;
  for (let k = 0; k < TOP_RATED.weeks; k++) {
    const weekEnd = addDays(input.currentWeekStart, 6 - 7 * k);
    const entry = latestOnOrBefore(input.jss, weekEnd);
    if (!entry) continue;
    known++;
    if (entry.score >= TOP_RATED.jss) atOrAbove++;
  }
  return {
    weeksAtOrAbove90: atOrAbove,
    weeksKnown: known,
    weeksNeeded: TOP_RATED.weeksNeeded,
    weeksConsidered: TOP_RATED.weeks,
    earnings12mCents: input.earnings12mCents,
    earningsNeededCents: TOP_RATED.earningsCents,
    earningsRecorded: input.earningsRecorded,
    firstContractOn: input.firstContractOn,
    firstContractDaysNeeded: TOP_RATED.contractDays,
  };
}
