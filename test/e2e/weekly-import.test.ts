import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const fixture = (path: string) => resolve('test/fixtures', path);

describe('the Weekly Summary import in Chromium', () => {
  it('previews what the transaction history already pays, then imports the hours', async () => {
    app = await startApp({
      seed: (db) => db.prepare("INSERT INTO settings (key, value) VALUES ('timeZone', '\"UTC\"')").run(),
    });
    const { page } = app;
    await page.getByRole('link', { name: 'Import & backup' }).first().click();
    const history = page.locator('section[aria-labelledby="upwork-import-title"]');
    await history.getByLabel('Upwork transaction history').setInputFiles(fixture('upwork/weekly/history-2024-04.csv'));
    await history.getByRole('button', { name: 'Import 9 rows' }).click();
    await history.getByText('Imported 9 rows; 0 already there.').waitFor();

    const weekly = page.locator('section[aria-labelledby="weekly-import-title"]');
    await weekly.getByLabel('Upwork Weekly Summary (hours)').setInputFiles(fixture('upwork/weekly/weekly-2024.csv'));
    const money = weekly.getByRole('region', { name: 'Money' });
    await money.getByText('Matched with your transaction history: 5 rows, $1,696.67.', { exact: false }).waitFor();
    await money.getByText('Added as earnings: 4 rows, $595,', { exact: false }).waitFor();
    await weekly.getByRole('heading', { name: /Preview of weekly-2024\.csv/ }).scrollIntoViewIfNeeded();
    await app.screenshot('hours-01-weekly-preview');

    await weekly.getByRole('button', { name: 'Import 9 rows' }).click();
    await weekly.getByText('Imported 9 rows; 0 already there.').waitFor();
    expect(app.db.prepare('SELECT count(*) AS n, sum(seconds) AS s FROM work_entries').get()).toEqual({
      n: 9,
      s: 33.5 * 3600,
    });
  });
});
