import type { Insights } from '@shared/domain/insights';
import { rankInsights } from '@shared/metrics/insights';
import { MATURITY_DAYS, MIN_COUNT } from '@shared/metrics/rates';
import { weekOf } from '@shared/metrics/weeks';
import { insightCounts } from '../db/insights/counts';
import type { DomainContext } from '../core/handler-context';

const DAY_MS = 86_400_000;

/** "What converts" over the mature proposals of the last `months` months (0 = all time). */
export function insightsFor({ db, now }: DomainContext, months: number): Insights {
  // Only mature proposals: a week sent less than MATURITY_DAYS ago would read as "no hires yet".
  // The summary is bucketed by UTC Monday, so the window is whole UTC weeks.
  const toWeek = weekOf(new Date(now().getTime() - MATURITY_DAYS * DAY_MS), 'UTC', 'monday').weekStart;
  const fromWeek = months === 0 ? null : weekOf(monthsBefore(toWeek, months), 'UTC', 'monday').weekStart;
  const { proposals, dimensions } = insightCounts(db, { fromWeek, toWeek });
  return {
    from: fromWeek && `${fromWeek}T00:00:00.000Z`,
    to: `${toWeek}T00:00:00.000Z`,
    proposals,
    minCount: MIN_COUNT,
    dimensions: Object.fromEntries(
      Object.entries(dimensions).map(([dimension, groups]) => [dimension, rankInsights(groups, MIN_COUNT)]),
    ) as Insights['dimensions'],
  };
}

function monthsBefore(localDate: string, months: number): string {
  const date = new Date(`${localDate}T00:00:00.000Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString();
}
