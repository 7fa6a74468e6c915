import { afterEach, describe, expect, it } from 'vitest';
import { addDays, weekStartDate } from '@shared/metrics/weeks';
import { testToday } from '../support/clock';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('weekly review in Chromium', () => {
  it('takes the day and time in Settings, and the notification opens the week it names', async () => {
    app = await startApp();
    const { page } = app;
    await page.goto(`${app.url}#/settings`);
    const review = page.getByRole('group', { name: 'Weekly review' });
    await review.getByLabel('Day').selectOption({ label: 'Wednesday' });
    await review.getByLabel(/^Time/).fill('19:30');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved').waitFor();
    expect(app.db.prepare("SELECT key, value FROM settings WHERE key LIKE 'review%' ORDER BY key").all()).toEqual([
      { key: 'reviewDay', value: '"wednesday"' },
      { key: 'reviewNotifications', value: 'true' },
      { key: 'reviewTime', value: '"19:30"' },
    ]);
    await app.screenshot('review-01-settings');

    // What main sends when the review's notification is clicked.
    const lastWeek = addDays(weekStartDate(testToday(), 'monday'), -7);
    await app.menuCommand(`review:${lastWeek}`);
    await page.getByRole('heading', { name: /^Weekly review: / }).waitFor();
    expect(page.url()).toContain(`#/weeks/${lastWeek}`);
  });
});
