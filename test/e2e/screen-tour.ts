import type { Database } from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { SCREENS } from '@shared/navigation';
import { vi } from 'vitest';
import { openingDashboard } from '../support/sample-dashboard';
import { fillSampleIfEmpty } from '@main/db/data/sample-data';
import { TEST_NOW } from '../support/clock';
import { startApp, type RunningApp } from './harness';

// Every view a user can reach, for the sweeps that must see them all (accessibility, the
// Chinese walk, screenshots): the screens of the one screen table (shared/navigation, so a
// screen added there is toured without touching this file), then the views reached from them
// (a week's review, a proposal, the team view, the log form).

export interface View {
  name: string;
  open(app: RunningApp): Promise<void>;
}

/** Opens a route (the app routes by the address's hash, so this is a same-page navigation). */
async function openScreen(app: RunningApp, hash: string): Promise<void> {
  await app.page.goto(`${app.url}${hash}`);
  await app.page.locator('main h1').first().waitFor();
}

const screenViews: View[] = SCREENS.map(({ page }) => ({
  name: page,
  open: (app) => openScreen(app, `#/${page}`),
}));

const firstProposal = (db: Database) =>
  (db.prepare('SELECT id FROM proposals ORDER BY sent_at DESC, id LIMIT 1').get() as { id: number }).id;

const reachedViews: View[] = [
  {
    name: 'week-review',
    open: (app) => openScreen(app, `#/weeks/${openingDashboard(app.session.invoke).week}`),
  },
  { name: 'proposal', open: (app) => openScreen(app, `#/proposals/${firstProposal(app.db)}`) },
  // Reached from the sidebar once sync is on; toured here as it reads with sync off.
  { name: 'team', open: (app) => openScreen(app, '#/team') },
  {
    name: 'log-form',
    async open(app) {
      await openScreen(app, '#/proposals');
      await app.menuCommand('new-proposal');
      await app.page.getByRole('dialog').waitFor();
    },
  },
];

export const VIEWS: View[] = [...screenViews, ...reachedViews];

/** The app on a year of sample data, so every view has something in it to walk. */
export function startOnSampleData(locale = 'en-US', colorScheme: 'light' | 'dark' = 'light'): Promise<RunningApp> {
  return startApp({ locale, colorScheme, seed: (db) => fillSampleIfEmpty(db, new Date(TEST_NOW)) });
}

/**
 * Waits until the page stops changing: each panel of a screen loads on its own, so the first
 * heading is not the whole screen. Two reads a poll apart that agree, with nothing busy, mean done.
 */
export async function settled(page: Page): Promise<void> {
  let last = '';
  await vi.waitFor(
    async () => {
      const now = `${await page.locator('[aria-busy="true"]').count()}:${await page.content()}`;
      const same = now === last && now.startsWith('0:');
      last = now;
      if (!same) throw new Error('The page is still changing');
    },
    { timeout: 20_000, interval: 300 },
  );
}

/** Leaves a view: closes a dialog it opened, so the next view starts from a plain screen. */
export async function leave(page: Page): Promise<void> {
  if (await page.getByRole('dialog').count()) {
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }
}
