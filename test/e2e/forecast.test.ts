import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { daysBeforeNow } from '../support/clock';
import { eventually, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** One proposal a day (half a day into each) for `days` days back from now, none hired. */
function oneADay(days: number) {
  return (db: Database) => {
    const insert = db.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, connects_spent, status, status_at, created_at, updated_at)
       VALUES (1, @at, @title, 16, 'sent', @at, @at, @at)`,
    );
    for (let day = 0; day < days; day++) insert.run({ at: daysBeforeNow(day + 0.5), title: `Landing page ${day + 1}` });
  };
}

// The dates in the sentences follow the pinned instant (CI runs several): the words are asserted,
// the dates only by shape.
describe('forecasts on the Health screen in Chromium', () => {
  it('shows where a watch and an at-risk rule are heading, and what turns them around', async () => {
    app = await startApp({ seed: oneADay(24) });
    const { page } = app;
    await page.goto(`${app.url}#/health`);
    const card = page.getByRole('article', { name: 'Many proposals, few hires' });
    const forecast = card.getByRole('group', { name: 'Where this is heading' });
    await eventually(async () =>
      expect(await forecast.textContent()).toMatch(
        /At about 7 proposals a week with no hire, this reaches At risk around \w{3} \d{1,2}, \d{4}\./,
      ),
    );
    expect(await forecast.textContent()).toContain('Until a hire comes, sending at most 6 proposals a week');
    await app.screenshot('forecast-01-watch');
    await app.close();

    app = await startApp({ seed: oneADay(30) });
    await app.page.goto(`${app.url}#/health`);
    const atRisk = app.page
      .getByRole('article', { name: 'Many proposals, few hires' })
      .getByRole('group', { name: 'Where this is heading' });
    await eventually(async () => expect(await atRisk.textContent()).toContain('this stays at At risk through'));
    expect(await atRisk.textContent()).toContain('2 hires within your next 10 proposals bring it back to OK.');
    expect(await atRisk.textContent()).toMatch(/A pause in sending would bring it to Watch around/);
    await app.screenshot('forecast-02-at-risk');
  });

  it('words the forecast in Chinese', async () => {
    app = await startApp({ locale: 'zh-CN', seed: oneADay(24) });
    await app.page.goto(`${app.url}#/health`);
    const forecast = app.page.getByRole('article', { name: '提案多，录用少' }).getByRole('group', { name: '走向预测' });
    await eventually(async () => expect(await forecast.textContent()).toContain('按每周约 7 份提案且没有录用的节奏'));
    await app.screenshot('forecast-03-watch-zh');
  });
});
