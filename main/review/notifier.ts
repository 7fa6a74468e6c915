import type { Database } from 'better-sqlite3';
import type { i18n } from 'i18next';
import type { Clock } from '@shared/clock';
import type { DatabaseKind } from '@shared/domain/data';
import type { Settings } from '@shared/domain/settings';
import type { WeekRow } from '@shared/domain/weekly';
import { addDays, localMidnight, resolveTimeZone } from '@shared/metrics/weeks';
import { dueReview, type ReviewSchedule } from '@shared/review/schedule';
import { lastReviewedWeek, saveReviewedWeek } from '../db/review/notice';
import { weeklySeries } from '../db/dashboard/weekly-series';
import { getSettings } from '../db/settings/settings';
import { hasEarnings } from '../db/money/weekly-earnings';
import type { Logger } from '../core/log';
import { reviewNotificationText } from './notification-text';

/** The reviewed week's figures, as the dashboard's weekly series counts them. */
function weekFigures(db: Database, week: string, settings: Settings): WeekRow | undefined {
  const zone = resolveTimeZone(settings.timeZone);
  const [row] = weeklySeries(db, {
    from: localMidnight(week, zone),
    to: localMidnight(addDays(week, 7), zone),
    timeZone: settings.timeZone,
    weekStart: settings.weekStart,
  });
  return row;
}

/** Shows the OS notification; a click opens the review of `week`. */
export type NotifyReview = (title: string, body: string, week: string) => void;

export interface WeeklyReviewOptions {
  notify: NotifyReview;
  /** Main's i18next (main/i18n): the notification speaks the language of the moment. */
  i18n: Pick<i18n, 't' | 'language'>;
  now: Clock;
  log: Logger;
}

/**
 * The weekly review's glue-free half: `check` asks the pure schedule whether a review is due,
 * notifies, and records the week as shown in the database, so a restart never repeats it and a
 * review missed while the app was closed comes at the next start. The shell only calls `check`
 * at start and every few minutes (a plain interval survives sleep and clock changes).
 */
export function createWeeklyReview({ notify, i18n, now, log }: WeeklyReviewOptions) {
  return {
    check(db: Database, kind: DatabaseKind = 'own'): string | null {
      // The sample database's made-up weeks are nobody's to review.
      if (kind === 'sample') return null;
      try {
        const settings = getSettings(db);
        const at = now();
        const schedule: ReviewSchedule = {
          zone: resolveTimeZone(settings.timeZone),
          weekStart: settings.weekStart,
          day: settings.reviewDay,
          time: settings.reviewTime,
        };
        const due = dueReview(at, schedule, lastReviewedWeek(db));
        if (!due) return null;
        // Recorded even with notifications off: turning them on does not replay an old week.
        saveReviewedWeek(db, due.week, at.toISOString());
        if (!settings.reviewNotifications) return null;
        const figures = weekFigures(db, due.week, settings);
        if (!figures) return null;
        const { title, body } = reviewNotificationText(figures, hasEarnings(db), i18n);
        notify(title, body, due.week);
        return due.week;
      } catch (error) {
        log.error('Weekly review check failed', error);
        return null;
      }
    },
  };
}
