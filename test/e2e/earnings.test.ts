import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localDateOf } from '@shared/metrics/weeks';
import { TEST_NOW } from '../support/clock';
import { eventually, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const fixture = (path: string) => resolve('test/fixtures', path);

describe('earnings in Chromium', () => {
  it('imports an Upwork CSV through a preview, then shows the earnings figures', async () => {
    app = await startApp({
      seed: (db) => {
        // Proposals sent this period: the Connects they cost are weighed against what was earned.
        db.prepare("INSERT INTO settings (key, value) VALUES ('timeZone', '\"UTC\"')").run();
        // The plan's free Connects have their own test (connects-balance.test.ts): none here.
        db.prepare("INSERT INTO settings (key, value) VALUES ('monthlyFreeConnects', '0')").run();
        db.prepare(
          `INSERT INTO proposals (profile_id, sent_at, job_title, connects_spent, status, status_at, created_at, updated_at)
           VALUES (1, '2026-11-10T09:00:00.000Z', 'React dashboard for logistics', 16, 'sent', '2026-11-10T09:00:00.000Z',
                   '2026-11-10T09:00:00.000Z', '2026-11-10T09:00:00.000Z')`,
        ).run();
      },
    });
    const { page } = app;
    await page.getByRole('link', { name: 'Earnings' }).click();
    await page.getByRole('heading', { name: 'Earnings', level: 1 }).waitFor();
    await page.getByText('No transactions yet.').waitFor();
    await app.screenshot('money-01-earnings-empty');

    // A hostile file first: refused with its line, nothing to commit.
    await page.getByRole('link', { name: 'Import & backup' }).first().click();
    const upwork = page
      .getByRole('region', { name: 'Upwork transaction history' })
      .or(page.locator('section[aria-labelledby="upwork-import-title"]'));
    await upwork.getByLabel('Upwork transaction history').setInputFiles(fixture('upwork/hostile/bad-dates.csv'));
    await upwork.getByText('3 problems: nothing will be imported until the file is fixed').waitFor();
    expect(await upwork.locator('.import-problems tbody tr').first().textContent()).toContain(
      '“Sep 31, 2026” is not a date',
    );
    // All or nothing: no Import button while any row is rejected.
    expect(await upwork.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    await app.screenshot('money-02-import-rejected');
    await upwork.getByRole('button', { name: 'Choose another file' }).click();

    // The real file: the preview says what would come in; nothing is written before Import.
    await upwork.getByLabel('Upwork transaction history').setInputFiles(fixture('upwork/transactions-19col.csv'));
    await upwork.getByText('Upwork, 19 columns (newer)').waitFor();
    const totals = upwork.locator('.import-totals');
    expect(await totals.getByRole('row', { name: /Hourly/ }).textContent()).toContain('$600');
    expect(await totals.getByRole('row', { name: /Service fee/ }).textContent()).toContain('-$105');
    expect(app.db.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 0 });
    await app.screenshot('money-03-import-preview');
    await upwork.getByRole('button', { name: 'Import 9 rows' }).click();
    await upwork.getByText('Imported 9 rows; 0 already there.').waitFor();
    expect(app.db.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 9 });

    // The same file again adds nothing.
    await upwork.getByLabel('Upwork transaction history').setInputFiles(fixture('upwork/transactions-19col.csv'));
    await upwork.getByText('Everything in this file is already imported.').waitFor();
    await upwork.getByRole('button', { name: 'Choose another file' }).click();

    // The figures: the fixture's rows are in November 2026; "This year" holds them whatever day of 2026 it is.
    await page.getByRole('link', { name: 'Earnings' }).click();
    await page.getByLabel('Period', { exact: true }).selectOption('year');
    const figures = page.getByRole('definition').filter({ hasText: '$' });
    await figures.first().waitFor();
    const text = async () => (await page.locator('.money-figures').textContent()) ?? '';
    await eventually(async () => {
      const year = Number(TEST_NOW.slice(0, 4));
      const expected =
        year === 2026 ? ['Gross earnings$1,255.98', 'Upwork fees-$105', 'Net earnings$1,150.98'] : ['Gross earnings$0'];
      for (const part of expected) expect(await text()).toContain(part);
    });
    // 80 bought in the CSV, 16 spent on the proposal.
    expect(await text()).toContain('Connects balance64');
    await page
      .getByRole('row', { name: /Connects purchase/ })
      .first()
      .waitFor();
    await app.screenshot('money-04-earnings');

    // A manual entry with a mistake: the message sits by the field, what was typed stays.
    await page.getByRole('button', { name: 'Add transaction' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a transaction' });
    // Dated today by default: the page's pinned clock, in the zone chosen in Settings (UTC, seeded above),
    // which is not the computer's at every pinned instant (Monday 00:05 in Auckland is still Sunday in UTC).
    expect(await dialog.getByLabel('Date').inputValue()).toBe(localDateOf(TEST_NOW, 'UTC'));
    await dialog.getByLabel('Kind').selectOption('bonus');
    await dialog.getByLabel('Amount ($)').fill('12.3.4');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Enter an amount like 45 or 1,250.50').waitFor();
    expect(await dialog.getByLabel('Amount ($)').inputValue()).toBe('12.3.4');
    await app.screenshot('money-05-transaction-error');
    await dialog.getByLabel('Amount ($)').fill('50');
    await dialog.getByLabel('Description').fill('Thanks for the launch');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const bonusRow = page.getByRole('row', { name: /Thanks for the launch/ });
    await bonusRow.waitFor();

    // Delete, then Undo from the toast.
    await bonusRow.getByRole('button', { name: /^Delete transaction/ }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('row', { name: /Thanks for the launch/ }).waitFor();
    expect(
      app.db.prepare("SELECT amount_cents FROM transactions WHERE description = 'Thanks for the launch'").get(),
    ).toEqual({ amount_cents: 5000 });

    // The dashboard's earnings tile for the week of Nov 9: the $600 hourly payment less its $60 fee.
    await page.goto(`${app.url}#/dashboard/2026-11-09`);
    const tile = page.locator('.tile').filter({ hasText: 'Earnings (gross)' });
    await tile.getByText('$600').waitFor();
    expect(await tile.textContent()).toContain('$540 after $60 in fees');
    expect(await page.locator('.tile').filter({ hasText: 'Connects spent' }).textContent()).toContain(
      '64 Connects left',
    );
    await app.screenshot('money-09-dashboard-earnings');
  });

  it('imports a proposals spreadsheet after the column mapping, and backs up and restores', async () => {
    app = await startApp({ colorScheme: 'dark' });
    const { page } = app;
    await page.goto(`${app.url}#/imports`);
    const sheet = page.locator('section[aria-labelledby="proposals-import-title"]');
    await sheet.getByLabel('Proposals spreadsheet').setInputFiles(fixture('proposals/sheet.csv'));
    await sheet.getByText('Which column holds what').waitFor();
    expect(await sheet.getByLabel('Connects spent').inputValue()).toBe('Connects');
    // Say the boost column is not there: the preview follows.
    await sheet.getByLabel('Boost Connects').selectOption('');
    await sheet.getByText('5 of 5 rows ready').waitFor();
    await app.screenshot('money-06-proposals-mapping');
    await sheet.getByRole('button', { name: 'Import 5 proposals' }).click();
    await sheet.getByText('Imported 5 proposals; 0 already there.').waitFor();
    expect(app.db.prepare('SELECT count(*) AS n, sum(boost_connects) AS boost FROM proposals').get()).toEqual({
      n: 5,
      boost: 0,
    });

    // A contract from the hired proposal: picking it fills the title, type and price.
    await page.getByRole('link', { name: 'Contracts' }).click();
    await page.getByText('No contracts yet.').waitFor();
    await page.getByRole('button', { name: 'Add contract' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a contract' });
    await dialog.getByLabel('From hired proposal').selectOption({ label: 'Shopify store speed audit' });
    expect(await dialog.getByLabel('Rate or price ($)').inputValue()).toBe('350');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Required').waitFor(); // The client's name is still missing; the rest stays as filled.
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Shopify store speed audit');
    await dialog.getByLabel('Client').fill('Northwind Outfitters');
    await dialog.getByLabel('Feedback you received (stars)').fill('5');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Northwind Outfitters/ }).waitFor();
    await app.screenshot('money-08-contracts-dark');
    await page.goto(`${app.url}#/imports`);

    const backups = page.locator('section[aria-labelledby="backups-title"]');
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await backups.getByText('Backup made').waitFor();
    app.db.prepare('DELETE FROM proposals').run();
    await backups
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .click();
    await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
    await backups.getByText(/^Restored the backup of/).waitFor();
    expect(app.db.prepare('SELECT count(*) AS n FROM proposals').get()).toEqual({ n: 5 });
    await app.screenshot('money-07-backups-dark');
  });
});
