import { weekProgress } from '@shared/targets/progress';
import { weekOf } from '@shared/metrics/weeks';
import { weeklySeries } from '../db/dashboard/weekly-series';
import { trailingCounts } from '../db/health/trailing';
import { getSettings } from '../db/settings/settings';
import type { DomainContext } from '../core/handler-context';

/** Weekly targets: the current week's proposals, hires and Connects against the plan. */
export function targetsService({ db, now }: DomainContext) {
  return {
    week: () => {
      const settings = getSettings(db);
      const at = now();
      const week = weekOf(at, settings.timeZone, settings.weekStart);
      // The week so far: the series' row gives proposals and Connects by the week they were sent;
      // hires count in the week they happen, as the health rules count them.
      const [row] = weeklySeries(db, {
        from: week.startsAt,
        to: at.toISOString(),
        timeZone: settings.timeZone,
        weekStart: settings.weekStart,
      });
      const { hired } = trailingCounts(db, week.startsAt, week.endsAt);
      return weekProgress(settings, {
        weekStart: week.weekStart,
        sent: row?.sent ?? 0,
        hires: hired,
        connects: row?.connects ?? 0,
      });
    },
  };
}
