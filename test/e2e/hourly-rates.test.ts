import { afterEach, describe, expect, it } from 'vitest';
import { importHoursFixtures, linkWinningProposal } from '../support/hours-fixtures';
import { startApp, type RunningApp } from './harness';

// The effective hourly rate in Chromium, light and dark, with screenshots to look at.

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function withHours(colorScheme: 'light' | 'dark') {
  app = await startApp({
    colorScheme,
    seed: (db) => db.prepare("INSERT INTO settings (key, value) VALUES ('timeZone', '\"UTC\"')").run(),
  });
  importHoursFixtures(app.session);
  linkWinningProposal(app.db, 'HTML Page Builder', 'Web Development', ['HTML', 'CSS']);
  linkWinningProposal(app.db, 'React dashboard for logistics', 'Web Development', ['React', 'html']);
  linkWinningProposal(app.db, 'Site audit', 'SEO', ['SEO']);
  return app;
}

describe('what an hour paid, in Chromium', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the rates on Earnings, Contracts and What converts (${scheme})`, async () => {
      const { page, url, screenshot } = await withHours(scheme);
      await page.goto(`${url}#/earnings`);
      const months = page.getByRole('region', { name: 'What an hour paid, by month' });
      await months.getByRole('row', { name: /April 2024/ }).waitFor();
      expect(await months.getByRole('row', { name: /April 2024/ }).textContent()).toContain('$54.68/h');
      await months.scrollIntoViewIfNeeded();
      await screenshot(`hours-02-earnings-by-month-${scheme}`);

      await page.goto(`${url}#/contracts`);
      await page
        .getByRole('row', { name: /Site audit/ })
        .getByText('few hours')
        .waitFor();
      await screenshot(`hours-03-contracts-${scheme}`);

      await page.goto(`${url}#/insights`);
      const kinds = page.getByRole('region', { name: 'What pays best per hour' });
      await kinds.getByRole('row', { name: /React/ }).waitFor();
      expect(await kinds.getByRole('row').nth(1).textContent()).toContain('React');
      await kinds.scrollIntoViewIfNeeded();
      await screenshot(`hours-04-insights-per-hour-${scheme}`);
    });
  }
});
