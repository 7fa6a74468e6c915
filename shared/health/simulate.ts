import type { ActivityHistory, Pace } from '../domain/forecast';
import type { Finding, HealthInput, HealthLevel } from '../domain/health';
import { levelRank } from './levels';
import { projector, type Scenario } from './projection';

// Running a rule forward, day by day, on projected inputs.

/** How far a forecast looks: a quarter, the longest default window (income, 90 days) and a day. */
export const HORIZON_DAYS = 91;

export type Rule = (input: HealthInput) => Finding;

/** Everything a forecast of one rule reads. */
export interface ForecastContext {
  input: HealthInput;
  history: ActivityHistory;
  /** Null with too little history to have a pace. */
  pace: Pace | null;
}

export interface Day {
  /** Days from today. */
  day: number;
  finding: Finding;
}

/** The first day (1..HORIZON_DAYS) on which `test` holds for the rule's finding under the scenario. */
export function firstDay(
  rule: Rule,
  { input, history, pace }: ForecastContext,
  scenario: Scenario,
  test: (finding: Finding) => boolean,
): Day | null {
  const at = projector(input, history, pace, scenario, HORIZON_DAYS);
  for (let day = 1; day <= HORIZON_DAYS; day++) {
    const finding = rule(at(day));
    if (test(finding)) return { day, finding };
  }
  return null;
}

/** True when the rule stays at `keep` or better on every day of the horizon. */
export function staysAtOrBelow(rule: Rule, context: ForecastContext, scenario: Scenario, keep: HealthLevel): boolean {
  return firstDay(rule, context, scenario, (f) => levelRank(f.level) > levelRank(keep)) === null;
}
