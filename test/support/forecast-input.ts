import type { ActivityHistory } from '@shared/domain/forecast';
import type { HealthInput } from '@shared/domain/health';
import { healthInput } from './health-input';

// Inputs for the forecasts: a day-by-day history (index 0 = the last 24 hours) and the rules'
// input made from the very same days, so the trailing windows and the history agree.

const HISTORY_DAYS = 90;

/** `n` on each of the days [from, to] ago (inclusive), zero elsewhere. */
export function perDay(n: number, from: number, to: number): number[] {
  return Array.from({ length: HISTORY_DAYS }, (_, k) => (k >= from && k <= to ? n : 0));
}

/** One event on each of the given days ago. */
export function onDays(...days: number[]): number[] {
  const values = Array.from({ length: HISTORY_DAYS }, () => 0);
  for (const k of days) values[k]! += 1;
  return values;
}

const none = () => perDay(0, 0, -1);
const within = (values: number[], days: number) => values.slice(0, days).reduce((a, b) => a + b, 0);

export interface ForecastCase {
  sent?: number[];
  hired?: number[];
  earnedCents?: number[];
  earningsRecorded?: boolean;
  /** Days since the first proposal; by default the oldest day with a proposal, null without any. */
  since?: number | null;
  input?: Partial<HealthInput>;
}

export function forecastInput(c: ForecastCase): { input: HealthInput; history: ActivityHistory } {
  const sent = c.sent ?? none();
  const hired = c.hired ?? none();
  const earnedCents = c.earnedCents ?? none();
  const oldest = sent.reduce((last, n, k) => (n > 0 ? k : last), -1);
  const history: ActivityHistory = {
    sent,
    hired,
    earnedCents,
    daysSinceFirstProposal: c.since !== undefined ? c.since : oldest < 0 ? null : oldest,
  };
  const input = healthInput({
    conversion: { days: 30, sent: within(sent, 30), hired: within(hired, 30) },
    income: {
      days: 90,
      sent: within(sent, 90),
      hired: within(hired, 90),
      earningsCents: within(earnedCents, 90),
      earningsRecorded: c.earningsRecorded ?? within(earnedCents, 90) > 0,
    },
    ...c.input,
  });
  return { input, history };
}
