import { afterEach, describe, expect, it } from 'vitest';
import { insertSampleData } from '@main/db/data/sample-data';
import { generateSample } from '@shared/sample-data/generate';
import { TEST_NOW } from '../support/clock';
import { expectedPerHireText, openingDashboard, sentProposalToReview } from '../support/sample-dashboard';
import { startApp, type RunningApp } from './harness';

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

    // Charts really draw: two hire-rate series, the average and
    // the warning threshold as reference lines, bars for proposals.
    await page.locator('.recharts-line').first().waitFor();
    await expect.poll(() => page.locator('.recharts-reference-line').count()).toBe(2);
    await expect.poll(() => page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(10);
    await expect.poll(() => page.locator('.tile').count()).toBe(6);
    // The hire-rate tile says what the opening week's data says ("1 hire per N", or no hire yet).
    const hireTile = page.locator('.tile').filter({ has: page.getByRole('heading', { name: /^Hire rate/ }) });
    await hireTile.getByText(expectedPerHireText(openingDashboard(app.session.invoke)), { exact: true }).waitFor();
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
    await expect.poll(() => page.locator('th[aria-sort="descending"]').count()).toBe(1);
    await app.screenshot('dash-04-insights-bid');

    // Back to the dashboard, open the review of the newest week with a proposal still waiting
    // (the data says which: it depends on the pinned "now") and record its hire.
    const open = sentProposalToReview(app.session.invoke, app.db);
    await page.keyboard.press('Control+1');
    await page.getByRole('heading', { name: 'Week by week' }).waitFor();
    await page.locator(`a[href="#/weeks/${open.week}"]`).click();
    await page.getByRole('heading', { name: /^Weekly review/ }).waitFor();
    await page.getByText(/still open/).waitFor();
    const row = page.getByRole('row').filter({ has: page.locator(`a[href="#/proposals/${open.id}"]`) });
    await row.getByRole('combobox', { name: /^Status of/ }).selectOption('hired');
    await page.getByText('Marked as Hired').waitFor();
    const stored = app.db.prepare('SELECT status, furthest_stage FROM proposals WHERE id = ?').get(open.id);
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
    app = await startApp({
      colorScheme: 'dark',
      seed: (db) => insertSampleData(db, generateSample({ seed: 3, end: TEST_NOW, weeks: 40, count: 2400 }), TEST_NOW),
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
