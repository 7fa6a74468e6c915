import { afterEach, describe, expect, it } from 'vitest';
import { fillDisk } from '../support/full-disk';
import { upworkHistory } from '../support/upwork-history';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const DISK_FULL = 'The disk is full: nothing was saved. Free some space and try again.';

describe('a full disk in Chromium', () => {
  it('is said in words in the log form and the import panel, with what was typed and previewed kept', async () => {
    app = await startApp();
    const { page } = app;
    await page.goto(app.url + '#/proposals');
    // Ctrl+N works once the app has drawn (its shortcuts are listening): wait for the page first.
    await page.getByRole('heading', { name: 'Log your first proposal' }).waitFor();
    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: 'Log a proposal' });
    await dialog.getByLabel('Job title').fill('React dashboard for a logistics startup');
    await dialog.getByLabel('Connects spent').fill('16');
    await dialog.getByText('Cover letter and notes').click();
    await dialog.getByLabel('Cover letter').fill('Hello! I built three dashboards like this one. '.repeat(300));
    // The session's own connection may not grow the file: the next save meets SQLITE_FULL.
    const freeSpace = fillDisk(app.db);
    await dialog.getByRole('button', { name: 'Log proposal' }).click();
    await dialog.getByRole('alert').getByText(DISK_FULL).waitFor();
    expect(await dialog.getByLabel('Job title').inputValue()).toBe('React dashboard for a logistics startup');
    expect(app.db.prepare('SELECT count(*) AS n FROM proposals').get()).toEqual({ n: 0 });
    await app.screenshot('disk-full-01-log-form');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.goto(app.url + '#/imports');
    const upwork = page.locator('section[aria-labelledby="upwork-import-title"]');
    await upwork.getByLabel('Upwork transaction history').setInputFiles({
      name: 'history.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(upworkHistory(400)),
    });
    freeSpace();
    fillDisk(app.db, 3);
    await upwork.getByRole('button', { name: 'Import 800 rows' }).click();
    await upwork.getByRole('alert').getByText(DISK_FULL).waitFor();
    await upwork.getByRole('region', { name: 'Preview of history.csv' }).waitFor();
    expect(app.db.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 0 });
    await app.screenshot('disk-full-02-import');
  });
});
