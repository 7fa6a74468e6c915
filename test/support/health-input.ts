import type { HealthInput } from '@shared/domain/health';
import { DEFAULT_HEALTH_THRESHOLDS } from '@shared/domain/settings';
import type { WeekRow } from '@shared/domain/weekly';
import { addDays } from '@shared/health/days';

// Hand-built inputs for the health rules: "today" is Friday 2026-11-20 in a Monday-start week.
export const TODAY = '2026-11-20';
export const CURRENT_WEEK = '2026-11-16';
/** The newest week whose proposals are all 14+ days old on TODAY. */
export const LATEST_MATURE = '2026-10-26';

export function week(weekStart: string, counts: Partial<WeekRow> = {}): WeekRow {
  const startsAt = `${weekStart}T00:00:00.000Z`;
  const endsAt = `${addDays(weekStart, 7)}T00:00:00.000Z`;
  return {
    weekStart,
    startsAt,
    endsAt,
    sent: 0,
    viewed: 0,
    interviewed: 0,
    offered: 0,
    hired: 0,
    connects: 0,
    earningsCents: 0,
    ...counts,
  };
}

/** `count` weeks ending with the one starting `last`, the totals put in the last week. */
export function block(last: string, count: number, totals: Partial<WeekRow>): WeekRow[] {
  const rows = Array.from({ length: count }, (_, i) => week(addDays(last, -7 * (count - 1 - i))));
  rows[rows.length - 1] = week(last, totals);
  return rows;
}

export function healthInput(overrides: Partial<HealthInput> = {}): HealthInput {
  return {
    today: TODAY,
    currentWeekStart: CURRENT_WEEK,
    weeks: [],
    conversion: { days: 30, sent: 0, hired: 0 },
    income: { days: 90, sent: 0, hired: 0, earningsCents: 0, earningsRecorded: true },
    jss: [],
    convertingSkills: [],
    convertingCategories: [],
    thresholds: { ...DEFAULT_HEALTH_THRESHOLDS },
    ...overrides,
  };
}
