import { afterEach, describe, expect, it } from 'vitest';
import { insertSampleData } from '../../main/db/sample-data';
import { generateSample } from '../../shared/sample-data/generate';
import { eventually, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const count = (app: RunningApp) => (app.db.prepare('SELECT count(*) AS n FROM proposals').get() as { n: number }).n;

describe('dashboard and insights in Chromium', () => {
  it('opens on the dashboard, tries sample data, reads insights, reviews a week and goes back to own data', async () => {
    app = await startApp();
    const { page } = app;

    // A newcomer lands on the dashboard, which explains what to do instead of drawing empty axes.
    await page.getByRole('heading', { name: 'Your weekly dashboard starts with your first proposal' }).waitFor();
    await app.screenshot('dash-01-empty');

    await page.getByRole('button', { name: 'Try with sample data' }).click();
    await page.getByText('You are looking at sample data').waitFor();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByText(/^Week of /).waitFor();
    expect(app.session.kind).toBe('sample');
    expect(count(app)).toBe(1300);

    // Charts really draw: two hire-rate series, the reference line, bars for proposals.
    await page.locator('.recharts-line').first().waitFor();
    expect(await page.locator('.recharts-reference-line').count()).toBe(1);
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(10);
    expect(await page.locator('.tile').count()).toBe(6);
    expect(await page.getByText('1 hire per', { exact: false }).count()).toBeGreaterThan(0);
    await app.screenshot('dash-02-dashboard');

    // Insights with the keyboard shortcut; then another breakdown and a sort.
    await page.keyboard.press('Control+2');
    await page.getByRole('heading', { name: 'What converts' }).waitFor();
    await page.locator('.insights-table tbody tr').first().waitFor();
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(3);
    await app.screenshot('dash-03-insights-skills');
    await page.getByRole('button', { name: 'Bid', exact: true }).click();
    await page.getByRole('cell', { name: /\/hr$/ }).first().waitFor();
    await page.getByRole('button', { name: 'Sent', exact: true }).click();
    await eventually(async () => expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1));
    await app.screenshot('dash-04-insights-bid');

    // Back to the dashboard, open the newest complete week's review and update an open proposal.
    await page.keyboard.press('Control+1');
    await page.getByRole('heading', { name: 'Week by week' }).waitFor();
    await page
      .getByRole('link', { name: /^Review week of/ })
      .nth(1)
      .click();
    await page.getByRole('heading', { name: /^Weekly review/ }).waitFor();
    await page.getByText(/still open/).waitFor();
    const select = page.getByRole('combobox', { name: /^Status of/ }).first();
    const title = (await select.getAttribute('aria-label'))!.replace('Status of ', '');
    await select.selectOption('hired');
    await page.getByText('Marked as Hired').waitFor();
    const stored = app.db
      .prepare('SELECT status, furthest_stage FROM proposals WHERE job_title = ? ORDER BY status = ? DESC LIMIT 1')
      .get(title, 'hired');
    expect(stored).toEqual({ status: 'hired', furthest_stage: 4 });
    await app.screenshot('dash-05-week-review');

    // Back to the user's own data, untouched.
    await page.getByRole('button', { name: 'Back to my data' }).click();
    await page.getByText('You are looking at sample data').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+1');
    await page.getByRole('heading', { name: 'Your weekly dashboard starts with your first proposal' }).waitFor();
    expect(app.session.kind).toBe('own');
    expect(count(app)).toBe(0);
  });

  it('reads well in the dark theme with a busy history', async () => {
    const now = new Date().toISOString();
    app = await startApp({
      colorScheme: 'dark',
      seed: (db) => insertSampleData(db, generateSample({ seed: 3, end: now, weeks: 40, count: 2400 }), now),
    });
    const { page } = app;
    await page.locator('.recharts-line').first().waitFor();
    await app.screenshot('dash-06-dashboard-dark');
    await page.getByRole('combobox', { name: 'Compare with' }).selectOption('12');
    await page.getByText('in the 12 weeks before').first().waitFor();
    await page.getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { name: 'What converts' }).waitFor();
    await page.getByRole('button', { name: 'Time after posting' }).click();
    await page.getByRole('group', { name: 'Rate' }).getByRole('button', { name: 'View rate' }).click();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await app.screenshot('dash-07-insights-dark');
  });
});
