import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('logging a proposal in Chromium', () => {
  it('logs with the keyboard, records an outcome, and both survive a reload', async () => {
    app = await startApp();
    const { page } = app;
    // The app opens on the dashboard; this test starts from the proposals list.
    await page.goto(app.url + '#/proposals');
    await page.getByRole('heading', { name: 'Log your first proposal' }).waitFor();
    await app.screenshot('01-proposals-empty');

    // Ctrl+N from anywhere opens the form with the title focused.
    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: 'Log a proposal' });
    await dialog.waitFor();
    await page.keyboard.type('React dashboard for a logistics startup');
    await dialog.getByLabel('Job link').fill('not a link');
    await page.keyboard.press('Enter');
    // Bad input: the message sits beside its field and nothing typed is lost.
    await dialog.getByText('Enter a web address starting with https://').waitFor();
    expect(await dialog.getByLabel('Job title').inputValue()).toBe('React dashboard for a logistics startup');
    await app.screenshot('02-log-form-error');

    await dialog.getByLabel('Job link').fill('https://www.upwork.com/jobs/~0123456789');
    await dialog.getByLabel('Connects spent').fill('16');
    await dialog.getByLabel('Skills').fill('React, TypeScript, react');
    await dialog.getByLabel('Bid ($)').focus();
    await page.keyboard.type('1,250');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByRole('row', { name: /React dashboard for a logistics startup/ });
    await row.waitFor();
    await row.getByText('$1,250').waitFor();
    await app.screenshot('03-proposals-list');

    // Record an outcome from the list.
    await row.getByRole('combobox', { name: /Status of/ }).selectOption('viewed');
    await page.getByText('Marked as Viewed').waitFor();

    // Then an interview from the detail view.
    await row.getByRole('link', { name: 'React dashboard for a logistics startup' }).click();
    await page.getByRole('group', { name: 'Record an outcome' }).getByRole('button', { name: 'Interviewing' }).click();
    await eventually(async () => expect(await page.locator('.history li').count()).toBe(3));
    await app.screenshot('04-proposal-detail');

    await page.reload();
    await page.getByRole('heading', { name: 'React dashboard for a logistics startup' }).waitFor();
    await eventually(async () => expect(await page.locator('.history li').count()).toBe(3));
    expect(await page.locator('.history li').nth(2).textContent()).toContain('Interviewing');
    await page.getByRole('link', { name: 'All proposals' }).first().click();
    const reloadedRow = page.getByRole('row', { name: /React dashboard/ });
    expect(await reloadedRow.getByRole('combobox').inputValue()).toBe('interviewing');

    // Stored as typed, skills deduplicated, money in cents.
    const stored = app.db.prepare('SELECT bid_cents, connects_spent, status FROM proposals').get();
    expect(stored).toEqual({ bid_cents: 125000, connects_spent: 16, status: 'interviewing' });
  });
});

describe('a long history', () => {
  it('offers a job link only when Bidwell will open it', async () => {
    app = await startApp();
    const { page } = app;
    const created = app.session.invoke('proposals:create', {
      jobTitle: 'Landing page on a plain http job board',
      jobUrl: 'http://jobs.example.com/123',
    });
    if (!created.ok) throw new Error('seed failed');
    await page.goto(`${app.url}#/proposals/${(created.value as { id: number }).id}`);
    await page.getByText('http://jobs.example.com/123 (Bidwell opens only https links').waitFor();
    expect(await page.getByRole('link', { name: 'Open job on Upwork' }).count()).toBe(0);
    await app.screenshot('06-proposal-detail-unopened-link');
  });

  it('pages through 5,000 proposals, filters them, and reads well in the dark theme', async () => {
    app = await startApp({
      colorScheme: 'dark',
      seed: (db) => {
        const insert = db.prepare(
          `INSERT INTO proposals (profile_id, sent_at, job_title, connects_spent, status, status_at, created_at, updated_at)
           VALUES (1, @at, @title, 8, @status, @at, @at, @at)`,
        );
        db.transaction(() => {
          for (let i = 0; i < 5000; i++) {
            const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
            insert.run({ at, title: `Job number ${i + 1}`, status: i % 25 === 0 ? 'hired' : 'sent' });
          }
        })();
      },
    });
    const { page } = app;
    await page.goto(`${app.url}#/proposals`);
    await page.getByText('1–100 of 5,000').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(100);
    expect(await page.locator('tbody tr').first().textContent()).toContain('Job number 5000');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('101–200 of 5,000').waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('number 50');
    await page.getByText('1–12 of 12').waitFor();
    await page.getByLabel('Filter by status').selectOption('hired');
    await page.getByText('1–1 of 1').waitFor();
    expect(await page.locator('tbody tr').first().textContent()).toContain('Job number 501');
    await app.screenshot('05-proposals-dark-filtered');
  });
});

describe('undo of a delete in Chromium', () => {
  it('says why it cannot undo once a proposal logged since took the place', async () => {
    app = await startApp();
    const { page, session } = app;
    const created = session.invoke('proposals:create', { jobTitle: 'Landing page copy' });
    if (!created.ok) throw new Error('seed failed');
    await page.goto(`${app.url}#/proposals/${(created.value as { id: number }).id}`);
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Deleted “Landing page copy”').waitFor();
    // Logged meanwhile (another window): SQLite hands it the freed id.
    session.invoke('proposals:create', { jobTitle: 'Logo refresh' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('This can no longer be undone: something added since has taken its place').waitFor();
    await page.getByRole('row', { name: /Logo refresh/ }).waitFor();
    expect(app.db.prepare('SELECT job_title FROM proposals').all()).toEqual([{ job_title: 'Logo refresh' }]);
    await app.screenshot('06-undo-refused');
  });
});
