import type { WeekStart } from '@shared/domain/settings';
import { addDays, localDateOf, localMidnight, resolveTimeZone, weekOf } from '@shared/metrics/weeks';

// The Earnings screen's periods as [from, to) instants, cut like the dashboard's weeks: in the
// user's zone and week start, whole weeks or whole months, the current one included.

export const MONEY_PERIODS = ['weeks4', 'weeks12', 'months12', 'year'] as const;
export type MoneyPeriod = (typeof MONEY_PERIODS)[number];

export function periodRange(
  period: MoneyPeriod,
  now: Date,
  settings: { timeZone: string; weekStart: WeekStart },
): { from: string; to: string; unit: 'week' | 'month' } {
  const zone = resolveTimeZone(settings.timeZone);
  if (period === 'weeks4' || period === 'weeks12') {
    const current = weekOf(now, zone, settings.weekStart);
    const weeks = period === 'weeks4' ? 4 : 12;
    return {
      from: localMidnight(addDays(current.weekStart, -7 * (weeks - 1)), zone),
      to: current.endsAt,
      unit: 'week',
    };
  }
  const today = localDateOf(now, zone);
  const [y, m] = today.split('-').map(Number) as [number, number];
  const nextMonth = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  // The months of the year so far: the months still ahead have nothing to show.
  if (period === 'year')
    return { from: localMidnight(`${y}-01-01`, zone), to: localMidnight(nextMonth, zone), unit: 'month' };
  const startMonth = m === 12 ? `${y}-01-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: localMidnight(startMonth, zone), to: localMidnight(nextMonth, zone), unit: 'month' };
}
