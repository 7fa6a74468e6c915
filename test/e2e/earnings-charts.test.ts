import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addFewHoursMonth, importHoursFixtures } from '../support/hours-fixtures';
import { TEST_NOW } from '../support/clock';
import { SCREENSHOT_DIR, startApp, type RunningApp } from './harness';

// The Earnings screen's charts in Chromium, light, dark and zh-CN, with screenshots of each
// chart to look at: earnings and Connects over the last 12 weeks, and the hourly rate by month
// with one month of few hours drawn hollow.

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const daysAgo = (days: number) => new Date(Date.parse(TEST_NOW) - days * 86_400_000).toISOString();

async function withEarnings(colorScheme: 'light' | 'dark', locale?: string) {
  app = await startApp({
    colorScheme,
    locale,
    seed: (db) => db.prepare("INSERT INTO settings (key, value) VALUES ('timeZone', '\"UTC\"')").run(),
  });
  const { session } = app;
  // Ten weeks of pay, a fee on each hourly payment, and proposals most weeks.
  for (let week = 0; week < 10; week += 1) {
    const cents = 30000 + ((week * 7919) % 50000);
    session.invoke('transactions:create', { occurredAt: daysAgo(week * 7 + 1), amountCents: cents, kind: 'hourly' });
    session.invoke('transactions:create', {
      occurredAt: daysAgo(week * 7 + 1),
      amountCents: -Math.round(cents / 10),
      kind: 'service_fee',
    });
    if (week % 3 !== 2)
      session.invoke('proposals:create', {
        jobTitle: `Job ${week}`,
        connectsSpent: 8 + week * 2,
        sentAt: daysAgo(week * 7 + 2),
      });
  }
  importHoursFixtures(session);
  addFewHoursMonth(app.db);
  return app;
}

const cases = [
  {
    scheme: 'light',
    locale: undefined,
    earnings: 'Earnings and Connects spent',
    rate: 'What an hour paid, month by month',
  },
  {
    scheme: 'dark',
    locale: undefined,
    earnings: 'Earnings and Connects spent',
    rate: 'What an hour paid, month by month',
  },
  { scheme: 'dark', locale: 'zh-CN', earnings: '收入与花费的 Connects', rate: '每小时收入（按月走势）' },
] as const;

describe('Earnings charts in Chromium', () => {
  for (const { scheme, locale, earnings, rate } of cases) {
    const name = `${scheme}${locale ? `-${locale}` : ''}`;
    it(`draws earnings with Connects, and the hourly rate by month (${name})`, async () => {
      const { page, url } = await withEarnings(scheme, locale);
      await page.goto(`${url}#/earnings`);
      const earningsChart = page.getByRole('img', { name: earnings });
      await earningsChart.locator('.recharts-bar-rectangle').first().waitFor();
      // Gross and net bars for ten weeks with pay.
      expect(await earningsChart.locator('.recharts-bar-rectangle').count()).toBe(20);
      await page
        .locator('section', { has: earningsChart })
        .last()
        .screenshot({ path: join(SCREENSHOT_DIR, `earnings-chart-${name}.png`) });

      const rateChart = page.getByRole('img', { name: rate });
      await rateChart.locator('.recharts-line').first().waitFor();
      await rateChart.scrollIntoViewIfNeeded();
      await page
        .locator('section', { has: rateChart })
        .last()
        .screenshot({ path: join(SCREENSHOT_DIR, `hourly-rate-chart-${name}.png`) });
      // A tooltip on the few-hours month (the middle one) says so.
      const june = rateChart.locator('circle').nth(1);
      await june.hover({ force: true });
      await page
        .locator('.recharts-tooltip-wrapper')
        .getByText(locale ? '工时较少' : 'few hours')
        .waitFor();
      await rateChart.screenshot({ path: join(SCREENSHOT_DIR, `hourly-rate-chart-tooltip-${name}.png`) });
    });
  }

  it('with Connects spent and nothing earned, labels the dollar axis $0 alone and says why', async () => {
    app = await startApp({
      seed: (db) => db.prepare("INSERT INTO settings (key, value) VALUES ('timeZone', '\"UTC\"')").run(),
    });
    for (const week of [0, 1, 3])
      app.session.invoke('proposals:create', {
        jobTitle: `Job ${week}`,
        connectsSpent: 16,
        sentAt: daysAgo(week * 7 + 2),
      });
    await app.page.goto(`${app.url}#/earnings`);
    const chart = app.page.getByRole('img', { name: 'Earnings and Connects spent' });
    await chart.locator('.recharts-line').first().waitFor();
    // recharts draws each axis's tick labels in a layer of their own, the dollar axis's first.
    const moneyLabels = chart.locator('.recharts-yAxis-tick-labels').first();
    expect(await moneyLabels.locator('text').allTextContents()).toEqual(['$0']);
    await app.page
      .locator('section', { has: chart })
      .last()
      .screenshot({ path: join(SCREENSHOT_DIR, 'earnings-chart-connects-only.png') });
  });
});
