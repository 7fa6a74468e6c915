import type { ActivityHistory, Pace } from '../domain/forecast';
import {
  HEALTH_RULES,
  type Finding,
  type HealthInput,
  type HealthRuleId,
  type RuleForecast,
  type Statement,
} from '../domain/health';
import { lowConversion, volumeWithoutIncome } from './conversion-rules';
import { addDays } from './days';
import { jssRule } from './jss';
import { isWorse } from './levels';
import { measurePace, MIN_PACE_DAYS, paceScenario, type Scenario } from './projection';
import { firstDay, HORIZON_DAYS, type ForecastContext, type Rule } from './simulate';
import {
  ceilingStatement,
  earningsToRecover,
  hiresToRecover,
  jssToRecover,
  pauseStatement,
  hireRateToRecover,
  viewRateToRecover,
  weeklyCeiling,
  type TrailingWindow,
  type Waiting,
} from './turnaround';
import { lowViewRate, ratioDrop } from './weekly-rules';

// Forecasts per health rule (issue 11): where the pace of the last few weeks leads ("At about 6
// proposals a week with no hire, this reaches At risk around Dec 2") and what turns it around.

const count = (n: number) => ({ count: n });

const NO_HISTORY: Statement = { key: 'outlook.noHistory', params: { days: count(MIN_PACE_DAYS) } };
const NO_RATE: Statement = { key: 'outlook.noRate', params: {} };
const NOT_BY_VOLUME: Statement = { key: 'turn.notVolume', params: {} };

/** Where the rule goes under the scenario: its first change of level within the horizon, or that it holds. */
function outlook(
  rule: Rule,
  context: ForecastContext,
  scenario: Scenario,
  current: Finding,
  pace: Statement,
): Statement {
  const on = (days: number) => ({ day: addDays(context.input.today, days) });
  const params = { pace: { statement: pace } };
  const change = firstDay(rule, context, scenario, (f) => f.level !== current.level);
  if (!change) {
    if (!current.judged) {
      // No verdict today, so no "stays at OK": say when there will be one, if within the horizon.
      const judged = firstDay(rule, context, scenario, (f) => f.judged);
      if (!judged) return { key: 'outlook.steadyUnjudged', params: { ...params, date: on(HORIZON_DAYS) } };
      return { key: 'outlook.judgedFrom', params: { ...params, date: on(judged.day) } };
    }
    return { key: 'outlook.steady', params: { ...params, level: { level: current.level }, date: on(HORIZON_DAYS) } };
  }
  const next = { level: change.finding.level };
  if (isWorse(change.finding.level, current.level)) {
    return { key: 'outlook.worse', params: { ...params, level: next, date: on(change.day) } };
  }
  // A rule short of data says OK: that is not the same as being back to OK.
  if (!change.finding.judged) return { key: 'outlook.fades', params: { ...params, date: on(change.day) } };
  return { key: 'outlook.better', params: { ...params, level: next, date: on(change.day) } };
}

/** "At about 6 proposals a week with no hire": the pace in the words the volume rules need. */
function volumePace(pace: Pace, withEarnings: boolean): Statement {
  const days = count(pace.days);
  if (pace.sent === 0) return { key: 'pace.idle', params: { days } };
  const perWeek = Math.round((pace.sent / pace.days) * 7);
  if (perWeek < 1) return { key: 'pace.slow', params: { count: count(pace.sent), days } };
  if (withEarnings)
    return { key: 'pace.earned', params: { count: count(perWeek), earned: { cents: pace.earnedCents }, days } };
  if (pace.hired === 0) return { key: 'pace.noHire', params: { count: count(perWeek) } };
  return { key: 'pace.hires', params: { count: count(perWeek), hired: count(pace.hired), days } };
}

/** Rules 1 and 2 count proposals in a trailing window: volume moves them, and so do hires or earnings. */
function volumeForecast(rule: Rule, window: TrailingWindow) {
  return (context: ForecastContext): RuleForecast => {
    const { input, pace } = context;
    const current = rule(input);
    const byEarnings = window === 'income' && input.income.earningsRecorded;
    const turnaround: Statement[] = [];
    if (current.level !== 'ok') {
      const back = byEarnings ? earningsToRecover(rule, input) : hiresToRecover(rule, input, window);
      if (back) turnaround.push(back);
    }
    if (!pace) return { rule: current.rule, outlook: NO_HISTORY, turnaround };

    const scenario = paceScenario(pace);
    if (current.level === 'at_risk') {
      const pause = pauseStatement(rule, context, scenario);
      if (pause) turnaround.push(pause);
    } else {
      const most = weeklyCeiling(rule, context, scenario, current.level);
      if (most !== null) {
        turnaround.push(ceilingStatement(most, current, waitingFor(scenario, byEarnings)));
      }
    }
    return {
      rule: current.rule,
      outlook: outlook(rule, context, scenario, current, volumePace(pace, byEarnings)),
      turnaround,
    };
  };
}

/** What a ceiling holds the line for, when the pace brings none of it. */
function waitingFor(scenario: Scenario, byEarnings: boolean): Waiting {
  if (byEarnings) return scenario.earnedCentsPerDay === 0 ? 'income' : null;
  return scenario.hiresPerDay === 0 ? 'hire' : null;
}

/** Rules 3 and 4 judge rates of mature weeks: sending more or fewer does not move a rate. */
function rateForecast(rule: Rule, kind: 'hire' | 'view') {
  return (context: ForecastContext): RuleForecast => {
    const { input, pace } = context;
    const current = rule(input);
    const turnaround: Statement[] = current.level === 'ok' ? [] : [NOT_BY_VOLUME];
    if (!pace) return { rule: current.rule, outlook: NO_HISTORY, turnaround };
    const rate = kind === 'hire' ? pace.hireRate : pace.viewRate;
    if (rate === null) return { rule: current.rule, outlook: NO_RATE, turnaround };

    const scenario = paceScenario(pace);
    if (current.level !== 'ok') {
      const back =
        kind === 'hire' ? hireRateToRecover(rule, context, scenario) : viewRateToRecover(rule, context, scenario);
      if (back) turnaround.unshift(back);
    }
    const paceWords: Statement =
      pace.sent === 0
        ? { key: 'pace.idle', params: { days: count(pace.days) } }
        : { key: kind === 'hire' ? 'pace.hireRate' : 'pace.viewRate', params: { rate: { ratio: rate } } };
    return { rule: current.rule, outlook: outlook(rule, context, scenario, current, paceWords), turnaround };
  };
}

/** Rule 5: the JSS follows feedback on finished contracts, not the pace of proposals. */
function jssForecast({ input }: ForecastContext): RuleForecast {
  const current = jssRule(input);
  const back = current.judged && current.level !== 'ok' ? jssToRecover(jssRule, input) : null;
  return { rule: 'jss', outlook: { key: 'outlook.jss', params: {} }, turnaround: back ? [back] : [] };
}

const FORECASTS: Record<HealthRuleId, (context: ForecastContext) => RuleForecast> = {
  lowConversion: volumeForecast(lowConversion, 'conversion'),
  volumeWithoutIncome: volumeForecast(volumeWithoutIncome, 'income'),
  ratioDrop: rateForecast(ratioDrop, 'hire'),
  lowViewRate: rateForecast(lowViewRate, 'view'),
  jss: jssForecast,
};

/** Every rule's forecast, in the order of the findings. */
export function forecastHealth(input: HealthInput, history: ActivityHistory): RuleForecast[] {
  const context: ForecastContext = { input, history, pace: measurePace(input, history) };
  return HEALTH_RULES.map((rule) => FORECASTS[rule](context));
}
