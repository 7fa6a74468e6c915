import { afterEach, describe, expect, it } from 'vitest';
import { daysBeforeNow } from '../support/clock';
import { startApp, type RunningApp } from './harness';

// Issue 9's look at a new user's first verdicts: the dashboard and the Health screen after three
// proposals and one hire, light and dark, at 1024x700 and 1920x1080 (screenshots for a person).

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
] as const;

describe('a new user after three proposals and one hire', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the dashboard and the health verdict (${colorScheme})`, async () => {
      app = await startApp({ colorScheme });
      const { page, session } = app;
      const ids: number[] = [];
      for (const [i, days] of [20, 17, 9].entries()) {
        const created = session.invoke('proposals:create', {
          jobTitle: `First proposals #${i + 1}`,
          sentAt: daysBeforeNow(days),
          connectsSpent: 12,
        }) as { ok: true; value: { id: number } };
        ids.push(created.value.id);
      }
      session.invoke('proposals:setStatus', { id: ids[0], status: 'hired', occurredAt: daysBeforeNow(15) });
      // Written behind the page's back after it started (it asks for the dashboard as it starts):
      // open the window again, as the user would on these data.
      await page.reload();

      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.goto(`${app.url}#/dashboard`);
        await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
        await page.screenshot({
          path: `test-results/screenshots/new-user-dashboard-${colorScheme}-${size.width}.png`,
        });
        await page.goto(`${app.url}#/health`);
        const overall = page.getByTestId('health-overall');
        await overall.waitFor();
        expect(await overall.textContent()).toContain('Not enough data yet');
        await page.screenshot({ path: `test-results/screenshots/new-user-health-${colorScheme}-${size.width}.png` });
      }
    });
  }
});
