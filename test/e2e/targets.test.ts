import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { daysBeforeNow } from '../support/clock';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** `n` proposals sent in the last minutes, so they fall in the current week at any pinned instant. */
function sentJustNow(n: number) {
  return (db: Database) => {
    const insert = db.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, connects_spent, status, status_at, created_at, updated_at)
       VALUES (1, @at, @title, 12, 'sent', @at, @at, @at)`,
    );
    for (let i = 0; i < n; i++) insert.run({ at: daysBeforeNow(i / 10_000), title: `Quick bid ${i + 1}` });
  };
}

describe('weekly targets in Chromium', () => {
  it('shows the week against the plan, warns past the ceiling without a hire, and takes a new plan', async () => {
    app = await startApp({ seed: sentJustNow(9) });
    const { page } = app;
    const plan = page.getByRole('region', { name: "This week's plan" });
    await plan.getByText('9 sent (plan: 4 to 8)').waitFor();
    await plan.getByText('Past your ceiling').waitFor();
    expect(await plan.getByText('0 of 1').count()).toBe(1); // hires
    await plan.getByText('108 of 80').waitFor(); // Connects: 9 × 12
    await plan.getByText('Over budget').waitFor();
    await plan
      .getByRole('status')
      .getByText(/You have sent more than 8 proposals this week/)
      .waitFor();
    await app.screenshot('targets-01-dashboard-over-ceiling');

    // The plan lives in Settings; a floor above the ceiling is refused beside the field, kept as typed.
    await plan.getByRole('link', { name: 'Change the plan' }).click();
    const floor = page.getByLabel('Proposals a week, at least');
    await floor.fill('12');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Must be at most the ceiling (8)').waitFor();
    expect(await floor.inputValue()).toBe('12');
    await app.screenshot('targets-02-settings-refused');

    await floor.fill('6');
    await page.getByLabel('Proposals a week, at most (ceiling)').fill('12');
    await page.getByLabel('Connects budget a week').fill('120');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved').waitFor();

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await plan.getByText('9 sent (plan: 6 to 12)').waitFor();
    await plan.getByText('On plan').waitFor();
    await plan.getByText('108 of 120').waitFor();
    expect(await plan.getByRole('status').count()).toBe(0);
    await app.screenshot('targets-03-dashboard-on-plan');
  });
});
