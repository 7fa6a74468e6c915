import { afterEach, describe, expect, it } from 'vitest';
import { freeConnectsGranted } from '@shared/money/free-connects';
import { TEST_NOW } from '../support/clock';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Connects that add up, in Chromium', () => {
  it("counts the plan's free Connects, says why a balance is negative, and sets today's balance", async () => {
    // Two months back from the pinned "now", so the test holds at every pinned instant.
    const sentAt = new Date(Date.parse(TEST_NOW) - 60 * 86_400_000).toISOString();
    const free = freeConnectsGranted(sentAt, TEST_NOW, 'UTC', 10).connects;
    app = await startApp({
      seed: (db) => {
        db.prepare("INSERT INTO settings (key, value) VALUES ('timeZone', '\"UTC\"')").run();
        db.prepare(
          `INSERT INTO proposals (profile_id, sent_at, job_title, connects_spent, status, status_at, created_at, updated_at)
           VALUES (1, ?, 'Shopify store migration', 50, 'sent', ?, ?, ?)`,
        ).run(sentAt, sentAt, sentAt, sentAt);
      },
    });
    const { page } = app;
    await page.getByRole('link', { name: 'Earnings' }).click();
    const panel = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Connects', level: 2 }) });
    await panel.getByText(`Balance: ${free - 50} Connects`).waitFor();
    expect(await panel.getByTestId('connects-free').textContent()).toContain(`Includes ${free} free Connects`);
    await panel.getByText("More spent than recorded: enter today's balance.").waitFor();
    await app.screenshot('connects-01-negative');

    const input = panel.getByLabel('I have this many Connects now');
    await input.fill('sixty');
    await panel.getByRole('button', { name: 'Set balance' }).click();
    await panel.getByText('Enter a whole number').waitFor();
    expect(await input.inputValue()).toBe('sixty');

    await input.fill('62');
    await input.press('Enter');
    await panel.getByText('Balance: 62 Connects').waitFor();
    await panel.getByRole('row', { name: /Balance set to 62/ }).waitFor();
    expect(await panel.getByTestId('connects-negative').count()).toBe(0);
    expect(app.db.prepare("SELECT connects FROM connects_ledger WHERE kind = 'adjustment'").get()).toEqual({
      connects: 62 - (free - 50),
    });
    await app.screenshot('connects-02-balance-set');
  });
});
