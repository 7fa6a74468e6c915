import type { i18n } from 'i18next';
import type { WeekRow } from '@shared/domain/weekly';
import { formatMoney, formatNumber, formatPercent, type FormatOptions } from '@shared/format';

// The weekly review's OS notification, in main's language (main/i18n): the words from
// shared/i18n/<language>/review.json, the figures formatted for that language by Intl.

/** "Last week: 12 sent, 1 hire, 25% viewed, $1,240 earned" (views and earnings only when there is something to say). */
export function reviewNotificationText(
  week: WeekRow,
  earningsRecorded: boolean,
  { t, language }: Pick<i18n, 't' | 'language'>,
): { title: string; body: string } {
  // Whole figures only, so the zone does not matter here.
  const options: FormatOptions = { locale: language, timeZone: 'UTC' };
  const parts = [
    t('review.notification.sent', { formatted: formatNumber(week.sent, options) }),
    t('review.notification.hires', { count: week.hired, formatted: formatNumber(week.hired, options) }),
  ];
  if (week.sent > 0)
    parts.push(t('review.notification.viewed', { rate: formatPercent(week.viewed / week.sent, options, 0) }));
  if (earningsRecorded) {
    // Whole dollars: a notification is a glance, and the review screen has the cents.
    const dollars = Math.round(week.earningsCents / 100) * 100;
    parts.push(t('review.notification.earned', { amount: formatMoney(dollars, options) }));
  }
  return {
    title: t('review.notification.title'),
    body: t('review.notification.body', { figures: parts.join(t('review.notification.separator')) }),
  };
}
