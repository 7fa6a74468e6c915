import type { Finding, HealthInput, HealthLevel, Statement } from '../domain/health';
import { addDays } from './days';
import { isWorse, levelRank } from './levels';
import type { Scenario } from './projection';
import { firstDay, staysAtOrBelow, type ForecastContext, type Rule } from './simulate';

// What brings a rule back, or keeps it where it is. Each answer is found by running the rule
// itself on changed inputs (one more hire, so many more proposals, a weekly pace), never by
// re-deriving its thresholds here, so it holds whatever the user set.

const count = (n: number) => ({ count: n });
const level = (l: HealthLevel) => ({ level: l });
const on = (input: HealthInput, days: number) => ({ day: addDays(input.today, days) });

/** Beyond this many hires "what brings it back" is no longer a plan. */
const MAX_HIRES = 5;
/** More proposals than this without leaving the level counts as "any number". */
const PROPOSALS_CAP = 200;
/** A weekly pace above this is not a ceiling anyone needs. */
export const CEILING_CAP = 50;

export type TrailingWindow = 'conversion' | 'income';

function withWindow(input: HealthInput, window: TrailingWindow, moreHires: number, moreSent: number): HealthInput {
  if (window === 'conversion') {
    const c = input.conversion;
    return { ...input, conversion: { ...c, sent: c.sent + moreSent, hired: c.hired + moreHires } };
  }
  const i = input.income;
  return { ...input, income: { ...i, sent: i.sent + moreSent, hired: i.hired + moreHires } };
}

/**
 * The fewest hires that bring the rule back to OK (else to Watch), and how many more proposals
 * may go out before they come. The window is taken as it stands: proposals that leave it
 * meanwhile only widen the margin, so the answer errs on the safe side.
 */
export function hiresToRecover(rule: Rule, input: HealthInput, window: TrailingWindow): Statement | null {
  const current = rule(input).level;
  const rankWith = (hires: number, more: number) => levelRank(rule(withWindow(input, window, hires, more)).level);
  for (const target of ['ok', 'watch'] as const) {
    if (!isWorse(current, target)) continue;
    for (let hires = 1; hires <= MAX_HIRES; hires++) {
      if (rankWith(hires, 0) > levelRank(target)) continue;
      let more = 0;
      while (more < PROPOSALS_CAP && rankWith(hires, more + 1) <= levelRank(target)) more++;
      return hiresStatement(hires, more === PROPOSALS_CAP ? null : more, target);
    }
  }
  return null;
}

function hiresStatement(hires: number, within: number | null, target: HealthLevel): Statement {
  const which = hires === 1 ? 'oneHire' : 'hires';
  const params = { hires: count(hires), level: level(target) };
  if (within === null) return { key: `turn.${which}`, params };
  if (within === 0) return { key: `turn.${which}First`, params };
  return { key: `turn.${which}Within`, params: { ...params, count: count(within) } };
}

/** Income rule with earnings recorded: what must be earned (in the window) to be back at OK. */
export function earningsToRecover(rule: Rule, input: HealthInput): Statement | null {
  const needed = input.thresholds.incomeNearZeroCents - input.income.earningsCents;
  if (needed <= 0) return null;
  const after = rule({ ...input, income: { ...input.income, earningsCents: input.income.earningsCents + needed } });
  return after.level === 'ok' ? { key: 'turn.earn', params: { amount: { cents: needed }, level: level('ok') } } : null;
}

/**
 * The most proposals a week that keep the rule at its level (or better) for the whole horizon,
 * other things at their pace. Null when even a pause would not, or when no pace up to
 * CEILING_CAP would change it (then volume is not what moves this rule).
 */
export function weeklyCeiling(
  rule: Rule,
  context: ForecastContext,
  scenario: Scenario,
  keep: HealthLevel,
): number | null {
  const holds = (perWeek: number) => staysAtOrBelow(rule, context, { ...scenario, sentPerDay: perWeek / 7 }, keep);
  if (!holds(0) || holds(CEILING_CAP)) return null;
  // More proposals never make a volume rule better, so the ceiling is found by halving
  // (each try runs the rule over the whole horizon: a linear scan made the report slow).
  let most = 0;
  let fails = CEILING_CAP;
  while (fails - most > 1) {
    const mid = Math.floor((most + fails) / 2);
    if (holds(mid)) most = mid;
    else fails = mid;
  }
  return most;
}

/** "Until a hire comes" / "until you earn" when that is what the ceiling waits for. */
export type Waiting = 'hire' | 'income' | null;

export function ceilingStatement(perWeek: number, current: Finding, waiting: Waiting): Statement {
  // A rule short of data says OK without judging: what the ceiling keeps it from is Watch.
  if (!current.judged) {
    const watch = { level: level('watch') };
    if (perWeek === 0) return { key: 'turn.onlyPauseShort', params: watch };
    return { key: 'turn.ceilingShort', params: { count: count(perWeek), ...watch } };
  }
  const keep = current.level;
  if (perWeek === 0) return { key: 'turn.onlyPauseKeeps', params: { level: level(keep) } };
  const key =
    waiting === 'hire' ? 'turn.ceilingUntilHire' : waiting === 'income' ? 'turn.ceilingUntilIncome' : 'turn.ceiling';
  return { key, params: { count: count(perWeek), level: level(keep) } };
}

/** At risk: the day a pause in sending would bring the rule back a level, if within the horizon. */
export function pauseStatement(rule: Rule, context: ForecastContext, scenario: Scenario): Statement | null {
  const current = rule(context.input).level;
  const back = firstDay(rule, context, { ...scenario, sentPerDay: 0 }, (f) => isWorse(current, f.level));
  if (!back) return null;
  return { key: 'turn.pause', params: { level: level(back.finding.level), date: on(context.input, back.day) } };
}

/** Viewed shares, 10% to 60% in steps of 5. */
const VIEW_RATES = Array.from({ length: 11 }, (_, i) => (10 + 5 * i) / 100);

const backToOk = (rule: Rule, context: ForecastContext, scenario: Scenario) =>
  firstDay(rule, context, scenario, (f) => f.judged && f.level === 'ok');

/**
 * The hire-rate drop: the rate on the proposals sent from now on that is OK against the user's
 * baseline as the rule measured it today ("1 hire in N"), and the day it would be back to OK.
 * Not the lowest rate that gets back within the horizon: the baseline itself sinks as weak weeks
 * enter it, so in the end almost any rate would, and that is no plan.
 */
export function hireRateToRecover(rule: Rule, context: ForecastContext, scenario: Scenario): Statement | null {
  const finding = rule(context.input);
  const ratioOf = (statement: Statement | undefined, param: string) =>
    (statement?.params[param] as { ratio: number } | undefined)?.ratio;
  const baseline = ratioOf(
    finding.evidence.find((s) => s.key === 'evidence.dropRates'),
    'baseline',
  );
  const watch = ratioOf(finding.threshold, 'watch');
  if (!baseline || !watch || scenario.sentPerDay === 0) return null;
  const n = Math.max(1, Math.floor(1 / (baseline * watch)));
  const back = backToOk(rule, context, { ...scenario, hireRate: 1 / n });
  const params = { n: count(n), usual: count(Math.round(1 / baseline)) };
  return back
    ? { key: 'turn.hireRate', params: { ...params, date: on(context.input, back.day) } }
    : { key: 'turn.hireRateLater', params };
}

/** Low views: the lowest share viewed, from now on, that brings the rule back to OK within the horizon, and when. */
export function viewRateToRecover(rule: Rule, context: ForecastContext, scenario: Scenario): Statement | null {
  if (scenario.sentPerDay === 0) return null;
  const backAt = (i: number) => backToOk(rule, context, { ...scenario, viewRate: VIEW_RATES[i]! });
  // More views never make the rule worse: halve the list for the lowest rate that is enough.
  let low = 0;
  let high = VIEW_RATES.length - 1;
  let found: { rate: number; day: number } | null = null;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const back = backAt(mid);
    if (back) {
      found = { rate: VIEW_RATES[mid]!, day: back.day };
      high = mid - 1;
    } else low = mid + 1;
  }
  return found && { key: 'turn.viewRate', params: { rate: { ratio: found.rate }, date: on(context.input, found.day) } };
}

/** JSS: the lowest score, recorded today, that the rule calls OK. */
export function jssToRecover(rule: Rule, input: HealthInput): Statement | null {
  for (let score = 0; score <= 100; score++) {
    const entry = { id: 0, recordedOn: input.today, score };
    if (rule({ ...input, jss: [...input.jss, entry] }).level === 'ok') {
      return { key: 'turn.jss', params: { score: count(score), level: level('ok') } };
    }
  }
  return null;
}
