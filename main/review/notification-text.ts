import type { WeekRow } from '@shared/domain/weekly';

// The weekly review's OS notification. Main has no i18n yet (issue 10 brings it): the words are
// English, in this one function, and the catalogue keys they will come from are ready in
// shared/i18n/<language>/review.json ("review.notification.*").

const count = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "Last week: 12 sent, 1 hire, 25% viewed, $1,240 earned" (views and earnings only when there is something to say). */
export function reviewNotificationText(week: WeekRow, earningsRecorded: boolean): { title: string; body: string } {
  const parts = [
    `${count.format(week.sent)} sent`,
    `${count.format(week.hired)} ${week.hired === 1 ? 'hire' : 'hires'}`,
  ];
  if (week.sent > 0) parts.push(`${percent.format(week.viewed / week.sent)} viewed`);
  if (earningsRecorded) parts.push(`${dollars.format(week.earningsCents / 100)} earned`);
  return {
    title: 'Bidwell: your weekly review',
    body: `Last week: ${parts.join(', ')}. Open it to look back and plan the week ahead.`,
  };
}
