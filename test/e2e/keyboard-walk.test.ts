import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, tabStops, type Stop } from './focus-walk';
import type { RunningApp } from './harness';
import { leave, settled, startOnSampleData, VIEWS } from './screen-tour';

// Issue 10: every screen can be used with the keyboard alone, with a visible focus ring. On a
// year of sample data, each view of the tour (test/e2e/screen-tour.ts) is walked with Tab from
// its start: every element a keyboard user must reach is reached, in one cycle, nothing traps
// focus (an open dialog keeps it inside), each focused element matches :focus-visible and shows
// an indicator (an outline at 3:1 against what is behind it, or a changed look), and Shift+Tab
// walks the same order back. Light and dark (the focus colour differs), English and Chinese.

/** A few focused states, for a person to look at: test-results/screenshots/focus-<view>-<theme>.png. */
const PHOTOGRAPHED = new Set(['dashboard', 'proposals', 'settings', 'log-form']);

async function walkForward(page: Page, stops: Stop[]) {
  const unfocused = Object.fromEntries(stops.map((s) => [s.id, s.style]));
  const order: string[] = [];
  const problems: string[] = [];
  // From the last element Tab leaves the page (focus on the body) once, then starts over. A
  // date or time input takes one Tab per part (day, month, year), with focus on the input.
  for (let press = 0; press < stops.length * 4 + 3; press++) {
    await page.keyboard.press('Tab');
    const now = await focused(page, unfocused);
    if (now.label === 'body' || (now.id && now.id === order.at(-1))) continue;
    if (now.id === order[0]) break;
    if (!now.id)
      problems.push(`Tab reached ${now.label}, which is not a stop of this view (hidden, or outside the dialog)`);
    else if (order.includes(now.id)) {
      problems.push(`Tab came back to ${now.label} before reaching every element: a loop`);
      break;
    }
    if (!now.focusVisible) problems.push(`${now.label} does not match :focus-visible after Tab`);
    if (now.noIndicator) problems.push(`${now.label} shows no focus indicator: ${now.noIndicator}`);
    order.push(now.id);
  }
  const reached = new Set(order);
  for (const stop of stops) if (!reached.has(stop.id)) problems.push(`Tab never reaches ${stop.label}`);
  return { order, problems };
}

/** Shift+Tab from the first element goes back through the last ones, in reverse. */
async function walkBack(page: Page, order: string[]): Promise<string[]> {
  const back: string[] = [];
  const steps = Math.min(order.length, 8);
  for (let press = 0; back.length < steps && press < steps * 4 + 3; press++) {
    await page.keyboard.press('Shift+Tab');
    const now = await focused(page, {});
    if (now.label !== 'body' && now.id !== back.at(-1)) back.push(now.id);
  }
  return back;
}

const RUNS = [
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
] as const;

describe.each(RUNS)('every view by keyboard alone in %s, %s theme', (language, theme) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startOnSampleData(language, theme);
  });
  afterAll(() => app.close());

  it.each(VIEWS)(
    '$name',
    async (view) => {
      await view.open(app);
      await settled(app.page);
      const stops = await tabStops(app.page);
      expect(stops.length).toBeGreaterThan(0);
      const { order, problems } = await walkForward(app.page, stops);
      if (PHOTOGRAPHED.has(view.name)) await app.screenshot(`focus-${view.name}-${theme}`);
      // Back from the first: a dialog wraps to its last element, a screen leaves the page first.
      const back = await walkBack(app.page, order);
      expect(problems).toEqual([]);
      expect(back).toEqual(order.slice(-back.length).reverse());
      await leave(app.page);
    },
    120_000,
  );
});

describe('operating the app by keyboard (Chromium)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startOnSampleData();
  });
  afterAll(() => app.close());

  const active = (page: Page) =>
    page.evaluate(() => {
      const a = (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } })
        .document.activeElement;
      return (a?.textContent ?? '').trim();
    });

  /** Presses Tab from the page's start until the element named `text` has focus. */
  async function tabTo(page: Page, text: string) {
    await tabStops(page);
    for (let press = 0; press < 200 && (await active(page)) !== text; press++) await page.keyboard.press('Tab');
    expect(await active(page)).toBe(text);
  }

  it('moves between screens with Enter on the sidebar and the Ctrl/Cmd+number shortcuts', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await tabTo(page, 'Proposals');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Proposals' }).waitFor();
    await page.keyboard.press('ControlOrMeta+8');
    await page.getByRole('heading', { level: 1, name: 'Health' }).waitFor();
    await page.keyboard.press('ControlOrMeta+1');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });

  it('opens a dialog with Space, keeps focus inside it, and gives focus back on Escape', async () => {
    const { page } = app;
    await tabTo(page, 'Log proposal');
    await page.keyboard.press('Space');
    const dialog = page.getByRole('dialog', { name: 'Log a proposal' });
    await dialog.waitFor();
    const inside = () =>
      dialog.evaluate((d) => d.contains((d.ownerDocument as { activeElement: never }).activeElement));
    for (let press = 0; press < 40; press++) {
      await page.keyboard.press(press % 3 ? 'Tab' : 'Shift+Tab');
      expect(await inside()).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await active(page)).toBe('Log proposal');

    // The shortcut opens the same dialog from wherever focus is, and Escape returns it there.
    await tabTo(page, 'Insights');
    await page.keyboard.press('ControlOrMeta+n');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await active(page)).toBe('Insights');
  });
});
