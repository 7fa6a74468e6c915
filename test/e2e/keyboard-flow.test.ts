import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../support/clock';
import { startApp, type RunningApp } from './harness';

// Issue 9's limits, counted: a pasted job post that needs no change is logged with Ctrl/Cmd+N,
// the paste and Enter; one typed by hand (title, Connects, bid) with at most 4 keys beyond its
// text. The page is driven with the keyboard only, and every key press is counted.

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The keyboard, counting each press (a chord such as Control+V is one press); typed text is not counted. */
function countingKeyboard(page: Page) {
  let presses = 0;
  return {
    async press(key: string) {
      presses += 1;
      await page.keyboard.press(key);
    },
    type: (text: string) => page.keyboard.type(text),
    get presses() {
      return presses;
    },
  };
}

async function startOnProposals() {
  app = await startApp();
  const { page } = app;
  await page.goto(app.url + '#/proposals');
  await page.getByRole('heading', { name: 'Log your first proposal' }).waitFor();
  return page;
}

/** What the freelancer copied on the job's Upwork page (select all, copy). */
async function copyToClipboard(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app!.url });
  // The test's tsconfig has no DOM types: the page's navigator is described here.
  type PageGlobals = { navigator: { clipboard: { writeText(text: string): Promise<void> } } };
  await page.evaluate((t) => (globalThis as unknown as PageGlobals).navigator.clipboard.writeText(t), text);
}

const savedRows = () =>
  app!.db
    .prepare('SELECT job_title, job_url, job_type, connects_spent, bid_cents, client_country, sent_at FROM proposals')
    .all();

describe('the keyboard flow of the log form (Chromium)', () => {
  it('logs a pasted job post with Ctrl/Cmd+N, the paste and Enter: 3 presses', async () => {
    const page = await startOnProposals();
    await copyToClipboard(page, readFileSync(resolve('test/fixtures/job-posts/hourly-full.txt'), 'utf8'));
    const keys = countingKeyboard(page);

    await keys.press('ControlOrMeta+n');
    const dialog = page.getByRole('dialog', { name: 'Log a proposal' });
    await dialog.waitFor();
    await keys.press('ControlOrMeta+v');
    await expect
      .poll(() => dialog.getByLabel('Job title').inputValue())
      .toBe('Shopify storefront speed fixes and theme cleanup');
    expect(await dialog.getByLabel('Connects spent').inputValue()).toBe('16');
    expect(await dialog.getByLabel('Client country').inputValue()).toBe('United States');
    await dialog.getByText('Filled 24 fields from the paste').waitFor();
    await app!.screenshot('09-log-form-filled-from-paste');
    // Further down, the job's price as posted and the rest the paste read (migration 14), marked too.
    await dialog.getByLabel("Job's hourly rate up to ($)").scrollIntoViewIfNeeded();
    expect(await dialog.getByLabel("Job's hourly rate up to ($)").inputValue()).toBe('50');
    expect(await dialog.getByLabel('Connects the job asks').inputValue()).toBe('16');
    await app!.screenshot('09a-log-form-job-price-from-paste');
    await keys.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    expect(keys.presses).toBeLessThanOrEqual(3);
    expect(savedRows()).toEqual([
      {
        job_title: 'Shopify storefront speed fixes and theme cleanup',
        job_url: 'https://www.upwork.com/jobs/~01d4e5f6a7b8c9d0e1',
        job_type: 'hourly',
        connects_spent: 16,
        bid_cents: null,
        client_country: 'United States',
        sent_at: TEST_NOW,
      },
    ]);

    // The detail keeps what the paste read about the job and the client.
    await page.getByRole('link', { name: 'Shopify storefront speed fixes and theme cleanup' }).click();
    const client = page.getByTestId('client-facts');
    await client.waitFor();
    const text = (await client.textContent()) ?? '';
    for (const part of [
      "Job's hourly rate$25–$50 an hour",
      'Intermediate',
      '1 to 3 months',
      'Project typeOngoing project',
      'Connects the job asks16',
      'Client reviews12',
      "Client's hires15",
      "Client's active hires3",
      'Mar 12, 2019',
    ]) {
      expect(text).toContain(part);
    }
    await app!.screenshot('09b-proposal-detail-job-and-client');
  });

  it('logs one typed by hand (title, Connects, bid) with at most 4 keys beyond its text, sent now', async () => {
    const page = await startOnProposals();
    const keys = countingKeyboard(page);

    await keys.press('ControlOrMeta+n');
    const dialog = page.getByRole('dialog', { name: 'Log a proposal' });
    await dialog.waitFor();
    await keys.type('Figma to React landing page');
    await keys.press('Tab');
    await keys.type('12');
    await keys.press('Tab');
    await keys.type('450');
    await keys.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    expect(keys.presses).toBeLessThanOrEqual(4);
    expect(savedRows()).toEqual([
      {
        job_title: 'Figma to React landing page',
        job_url: null,
        job_type: null,
        connects_spent: 12,
        bid_cents: 45_000,
        client_country: null,
        sent_at: TEST_NOW,
      },
    ]);
  });

  it('opens the form filled from a job post pasted on the page, outside any field', async () => {
    const page = await startOnProposals();
    await copyToClipboard(page, readFileSync(resolve('test/fixtures/job-posts/fixed-full.txt'), 'utf8'));
    const keys = countingKeyboard(page);

    await keys.press('ControlOrMeta+Shift+v');
    const dialog = page.getByRole('dialog', { name: 'Log a proposal' });
    await expect
      .poll(() => dialog.getByLabel('Job title').inputValue())
      .toBe('Migrate a .NET Framework 4.8 API to ASP.NET Core 8');
    await keys.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(keys.presses).toBe(2);
  });

  it('records no status while the arrows move through a status select; Enter records the one chosen', async () => {
    const page = await startOnProposals();
    app!.session.invoke('proposals:create', { jobTitle: 'Data pipeline in dbt' });
    await page.reload();
    const select = page.getByRole('combobox', { name: /Status of/ });
    await select.focus();
    const events = () => app!.db.prepare("SELECT status FROM proposal_events WHERE status <> 'sent' ORDER BY id").all();

    // On Linux and Windows each arrow changes a closed select (and fires "change").
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: 'Record “Interviewing”' }).waitFor();
    expect(events()).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByText('Marked as Interviewing').waitFor();
    expect(events()).toEqual([{ status: 'interviewing' }]);

    // A letter picks the status it starts: "h" is Hired.
    await select.focus();
    await page.keyboard.press('h');
    await page.getByRole('button', { name: 'Record “Hired”' }).waitFor();
    expect(events()).toEqual([{ status: 'interviewing' }]);
    await page.keyboard.press('Enter');
    await page.getByText('Marked as Hired').waitFor();
    expect(events()).toEqual([{ status: 'interviewing' }, { status: 'hired' }]);
  });
});
