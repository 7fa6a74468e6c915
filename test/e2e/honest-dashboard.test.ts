import { afterEach, describe, expect, it } from 'vitest';
import { daysBeforeNow } from '../support/clock';
import { SCREENSHOT_DIR, startApp, type RunningApp } from './harness';

// Issue 9, section 6 in Chromium: at 1024x700 the dashboard's health verdict is above the fold
// whatever the level, and the hire-rate chart reads well with one week or with a history (its
// warning line labelled). Screenshots of the viewport only, as the user sees it on opening.

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const FOLD = { width: 1024, height: 700 };

function send(running: RunningApp, days: number, hired = false) {
  const created = running.session.invoke('proposals:create', {
    jobTitle: `Proposal sent ${days} days ago`,
    sentAt: daysBeforeNow(days),
    connectsSpent: 12,
  }) as { ok: true; value: { id: number } };
  if (hired) {
    running.session.invoke('proposals:setStatus', {
      id: created.value.id,
      status: 'hired',
      occurredAt: daysBeforeNow(Math.max(0, days - 2)),
    });
  }
}

async function openDashboard(running: RunningApp, name: string) {
  const { page } = running;
  await page.setViewportSize(FOLD);
  await page.goto(`${running.url}#/dashboard`);
  // The proposals were written behind the page's back after it started (and the page asks for
  // the dashboard as it starts): open the window again, as the user would on these data.
  await page.reload();
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  const verdict = page.getByTestId('dashboard-verdict');
  await verdict.locator('.level').waitFor();
  // The charts arrive after the figures; the screenshot should show them drawn.
  await page.locator('.recharts-surface').first().waitFor();
  const box = await verdict.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(FOLD.height);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  // And the charts, below the fold, for a look at the axis, the lines and their labels.
  await page.locator('.chart-grid').screenshot({ path: `${SCREENSHOT_DIR}/${name}-charts.png` });
  await page
    .locator('section[aria-labelledby="volume-chart-title"]')
    .screenshot({ path: `${SCREENSHOT_DIR}/${name}-volume.png` });
  return verdict;
}

describe('the dashboard answers "am I OK?" at 1024x700', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`with one week of data: not enough data yet, one readable week (${colorScheme})`, async () => {
      app = await startApp({ colorScheme });
      // Three proposals sent just now: the only week is this one, still under way.
      for (let i = 0; i < 3; i++) send(app, 0);
      const verdict = await openDashboard(app, `honest-01-one-week-${colorScheme}`);
      expect(await verdict.textContent()).toContain('Not enough data yet');
      // One bar, not the chart's width.
      const bar = app.page.locator('.recharts-bar-rectangle path').first();
      expect((await bar.boundingBox())!.width).toBeLessThanOrEqual(48);
      await app.page.getByText('Watch under 5%').first().waitFor();
    });
  }

  it('with a history at risk: the banner and the verdict both above the fold, the warning line labelled', async () => {
    app = await startApp();
    for (let week = 5; week <= 10; week++) for (let i = 0; i < 5; i++) send(app, week * 7, i === 0 && week > 7);
    for (let i = 0; i < 32; i++) send(app, 1 + (i % 25));
    const verdict = await openDashboard(app, 'honest-02-at-risk-light');
    expect(await verdict.textContent()).toContain('At risk');
    await app.page.getByText('Watch under 5%').first().waitFor();
  });
});
