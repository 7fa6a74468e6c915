import { afterEach, describe, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

// The proposals list's search in Chromium: typing a word's start narrows the list through the
// full-text index, and a search with more than 1,000 matches says "1,000+".

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('searching the proposals list in Chromium', () => {
  it('narrows as the user types and shows a capped count', async () => {
    app = await startApp();
    const insert = app.db.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, connects_spent, boost_connects, status, status_at, created_at, updated_at)
       VALUES (1, @at, @title, 0, 0, 'sent', @at, @at, @at)`,
    );
    app.db.transaction(() => {
      for (let i = 0; i < 1005; i++) {
        const at = new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 3_600_000).toISOString();
        insert.run({ at, title: `Shopify speed fixes ${i}` });
      }
      insert.run({ at: '2026-11-01T00:00:00.000Z', title: 'React dashboard for a logistics startup' });
    })();
    const { page } = app;
    await page.goto(app.url + '#/proposals');
    const box = page.getByRole('searchbox', { name: 'Search proposals' });
    await box.fill('shop');
    await page.getByText('1–100 of 1,000+').waitFor();
    await app.screenshot('search-01-capped');
    await box.fill('logist rea');
    await page.getByText('1–1 of 1', { exact: true }).waitFor();
    await page.getByRole('row', { name: /React dashboard for a logistics startup/ }).waitFor();
    await app.screenshot('search-02-prefix');
  });
});
