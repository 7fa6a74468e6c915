import type { reviewChannels } from '@shared/contract/review';
import { weekOfLocalDate } from '@shared/metrics/weeks';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { getSettings } from '../db/settings/settings';

export function reviewHandlers({ db, session }: HandlerContext): DomainHandlers<typeof reviewChannels> {
  return {
    // Any day names its week; the report is named by the week's first day in the user's settings.
    'review:savePdf': ({ week }) => {
      const { timeZone, weekStart } = getSettings(db);
      return session.desktop.saveWeekPdf(weekOfLocalDate(week, timeZone, weekStart).weekStart);
    },
  };
}
