import { afterEach, describe, expect, it } from 'vitest';
import { daysBeforeNow } from '../support/clock';
import { eventually, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('account health in Chromium', () => {
  it('warns at 30 proposals without a hire, explains why, and recovers as hires are marked', async () => {
    app = await startApp();
    const { page } = app;
    await page.goto(`${app.url}#/proposals`);
    await page.getByRole('link', { name: 'Account health' }).waitFor();
    const banner = page.getByTestId('health-banner');

    // 30 proposals through the log form, by keyboard: Ctrl+N, a title, Enter.
    const dialog = page.getByRole('dialog', { name: 'Log a proposal' });
    for (let i = 1; i <= 30; i++) {
      await page.keyboard.press('Control+n');
      await dialog.waitFor();
      await page.keyboard.type(`Landing page build #${i}`);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      // The toast comes with the render that resets the form; the next Ctrl+N must come after it.
      await page.getByText(`Logged “Landing page build #${i}”`).waitFor();
      // At 20 the low-conversion rule starts watching; the banner says so at once.
      if (i === 20)
        await eventually(async () => expect(await banner.textContent()).toContain('Account health: watch.'));
    }
    await eventually(async () => expect(await banner.textContent()).toContain('Account health: at risk.'));
    expect(await banner.textContent()).toContain('Many proposals, few hires');
    await app.screenshot('health-01-banner-at-risk');
    // The banner sits above every screen, the start page (dashboard) included.
    await page.goto(`${app.url}#/`);
    await eventually(async () => expect(await banner.textContent()).toContain('Account health: at risk.'));
    await app.screenshot('health-01b-banner-on-start-page');

    // The banner leads to the explanation: level, numbers, window, threshold, advice.
    await banner.getByRole('link', { name: 'See why and what to do' }).click();
    await page.getByRole('heading', { name: 'Account health', level: 1 }).waitFor();
    const overall = page.getByTestId('health-overall');
    await eventually(async () => expect(await overall.textContent()).toContain('At risk'));
    const conversion = page.getByRole('article', { name: 'Many proposals, few hires' });
    expect(await conversion.textContent()).toContain('Last 30 days: 30 sent, 0 hired.');
    expect(await conversion.textContent()).toContain('at risk from 30 with no hire');
    expect(await conversion.getByText('At risk', { exact: true }).count()).toBe(1);
    const income = page.getByRole('article', { name: 'Proposals without income' });
    expect(await income.textContent()).toContain('No earnings recorded yet');
    // Fresh proposals are not judged for views yet: they are younger than two weeks.
    expect(await page.getByRole('article', { name: 'Proposals not viewed' }).textContent()).toContain(
      'Not enough data yet',
    );
    await app.screenshot('health-02-screen-at-risk');

    // Mark a hire from the list: 1 in 30 is still under 5%, so "watch".
    await markHired(app, 'Landing page build #7');
    await page.goto(`${app.url}#/health`);
    await eventually(async () => expect(await overall.textContent()).toContain('Watch'));
    expect(await page.getByRole('article', { name: 'Many proposals, few hires' }).textContent()).toContain(
      'That is 1 hire per 30 proposals.',
    );
    // The banner asks for its own status after the page loads: wait for it rather than read it once.
    await eventually(async () => expect(await banner.textContent()).toContain('Account health: watch.'));
    await app.screenshot('health-03-screen-watch');

    // A second hire (6.7%): everything is OK and the banner goes away.
    await markHired(app, 'Landing page build #12');
    await page.goto(`${app.url}#/health`);
    await eventually(async () => expect(await overall.textContent()).toContain('OK'));
    await banner.waitFor({ state: 'detached' });
    await app.screenshot('health-04-screen-recovered');
  });

  it('refuses bad settings beside the field, keeping what was typed and the stored values', async () => {
    app = await startApp();
    const { page } = app;
    await page.goto(`${app.url}#/settings`);
    const stale = page.getByLabel('Days without news before a proposal is listed as waiting');
    await stale.fill('0');
    const atRisk = page.getByLabel('At risk from (proposals, no hire)');
    await atRisk.fill('10');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Not saved: fix the values marked below.').waitFor();
    await page.getByText('At least 1').waitFor();
    await page.getByText('Must be at least the watch level (20)').waitFor();
    expect(await stale.inputValue()).toBe('0');
    expect(await atRisk.inputValue()).toBe('10');
    await app.screenshot('health-05-settings-error');
    expect(app.db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'staleDays'").get()).toEqual({ n: 0 });

    await stale.fill('21');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Must be at least the watch level (20)').waitFor();
    await atRisk.fill('40');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved').waitFor();
    expect(app.db.prepare("SELECT value FROM settings WHERE key = 'staleDays'").get()).toEqual({ value: '21' });
  });
});

describe('health panels in Chromium', () => {
  it('records a JSS with its band, and marks quiet proposals "no response" at once, undoably', async () => {
    app = await startApp({ colorScheme: 'dark' });
    const { page } = app;
    const twentyDaysAgo = daysBeforeNow(20);
    for (const jobTitle of ['Shopify theme fix', 'Figma to React', 'WordPress speed-up']) {
      expect(app.session.invoke('proposals:create', { jobTitle, sentAt: twentyDaysAgo })).toMatchObject({ ok: true });
    }
    await page.goto(`${app.url}#/health`);
    const waiting = page.getByRole('region', { name: 'Waiting for an outcome' });
    await waiting.getByRole('link', { name: 'Figma to React' }).waitFor();

    // JSS: a typo is named beside the field and kept; a real score lands in its band.
    const score = page.getByLabel('JSS (%)');
    await score.fill('7O');
    await page.getByRole('button', { name: 'Record JSS' }).click();
    await page.getByText('Enter a number').waitFor();
    expect(await score.inputValue()).toBe('7O');
    await score.fill('72');
    await score.press('Enter');
    await page.getByRole('cell', { name: '70–74: hard to win work' }).waitFor();
    await eventually(async () =>
      expect(await page.getByRole('article', { name: 'Job Success Score' }).textContent()).toContain('Latest JSS: 72%'),
    );
    await app.screenshot('health-06-jss-and-waiting-dark');

    await waiting.getByRole('button', { name: 'Mark all 3 as no response' }).click();
    await page.getByText('3 proposals marked as no response').waitFor();
    await waiting.getByText('Nothing waiting').waitFor();
    expect(app.db.prepare("SELECT count(*) AS n FROM proposals WHERE status = 'no_response'").get()).toEqual({ n: 3 });
    await page.getByRole('button', { name: 'Undo' }).click();
    await waiting.getByRole('button', { name: 'Mark all 3 as no response' }).waitFor();
    expect(app.db.prepare("SELECT count(*) AS n FROM proposals WHERE status = 'sent'").get()).toEqual({ n: 3 });
  });
});

async function markHired(app: RunningApp, title: string) {
  const { page } = app;
  await page.goto(`${app.url}#/proposals`);
  const row = page.getByRole('row', { name: new RegExp(`${title.replace('#', '\\#')}\\b`) });
  await row.getByRole('combobox', { name: /Status of/ }).selectOption('hired');
  await page.getByText('Marked as Hired').waitFor();
}
