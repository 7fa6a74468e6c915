import type { Page } from 'playwright-core';

// The keyboard walk's eyes: which elements of a screen a keyboard user must be able to reach,
// which one has focus now, and whether it shows that it has. The page-side functions run in
// Chromium; the e2e code compiles without DOM types, so the little of the DOM they use is
// described here.

interface Style {
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  boxShadow: string;
  borderColor: string;
  backgroundColor: string;
  textDecorationLine: string;
}
interface PageElement {
  tagName: string;
  tabIndex: number;
  disabled?: boolean;
  type?: string;
  name?: string;
  checked?: boolean;
  id: string;
  textContent: string | null;
  dataset: Record<string, string | undefined>;
  parentElement: PageElement | null;
  closest(selector: string): PageElement | null;
  matches(selector: string): boolean;
  checkVisibility(): boolean;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  prepend(child: PageElement): void;
  remove(): void;
  focus(): void;
}
interface PageGlobals {
  document: {
    activeElement: PageElement | null;
    body: PageElement;
    querySelector(s: string): PageElement | null;
    createElement(tag: string): PageElement;
  };
  getComputedStyle(element: PageElement): Style;
}

/** One element a keyboard user must reach, with how it looks unfocused (to compare with focused). */
export interface Stop {
  id: string;
  label: string;
  style: Style;
}

/** The element with focus now: its walk id ('' for one outside the walk), label and look. */
export interface Focused {
  id: string;
  label: string;
  focusVisible: boolean;
  /** Why it shows no focus indicator ('' when it does). */
  noIndicator: string;
}

/**
 * Every element the Tab key must reach on the page as it is now (inside the open dialog, if one
 * is open): enabled, visible, not taken out of the order with tabindex="-1", one radio per group.
 * Each is tagged data-kb=<n> so the walk can name what has focus. Focus is moved to the page's
 * start first, so the unfocused look is recorded for all of them.
 */
export function tabStops(page: Page): Promise<Stop[]> {
  return page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    const root = g.document.querySelector('[role="dialog"][aria-modal="true"]') ?? g.document.body;
    // Tab starts after the element focused last, even once it is blurred: the walk starts from
    // a mark put first in the page (or dialog), outside the tab order itself.
    g.document.querySelector('#kb-start')?.remove();
    const start = g.document.createElement('div');
    start.id = 'kb-start';
    start.tabIndex = -1;
    root.prepend(start);
    start.focus();
    const candidates = root.querySelectorAll(
      'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]',
    );
    const radioGroups = new Set<string>();
    const stops: Stop[] = [];
    let n = 0;
    for (const element of candidates) {
      delete element.dataset.kb;
      if (element.tabIndex < 0 || element.disabled || element.type === 'hidden') continue;
      if (!element.checkVisibility() || element.closest('[inert]')) continue;
      if (element.tagName === 'INPUT' && element.type === 'radio' && element.name) {
        // Tab enters a radio group once (at the checked one); arrows move inside it.
        const group = element.closest('form, fieldset, [role="radiogroup"]') ?? root;
        const checked = [...group.querySelectorAll(`input[type="radio"][name="${element.name}"]`)].find(
          (r) => r.checked,
        );
        if ((checked && checked !== element) || radioGroups.has(element.name)) continue;
        radioGroups.add(element.name);
      }
      element.dataset.kb = String(n++);
      const label =
        element.getAttribute('aria-label') ??
        element.getAttribute('name') ??
        (element.textContent ?? '').trim().slice(0, 40);
      const s = g.getComputedStyle(element);
      stops.push({
        id: element.dataset.kb,
        label: `${element.tagName.toLowerCase()} "${label}"`,
        style: {
          outlineStyle: s.outlineStyle,
          outlineWidth: s.outlineWidth,
          outlineColor: s.outlineColor,
          boxShadow: s.boxShadow,
          borderColor: s.borderColor,
          backgroundColor: s.backgroundColor,
          textDecorationLine: s.textDecorationLine,
        },
      });
    }
    return stops;
  });
}

/**
 * What has focus, and whether it shows it: an outline at least 1px wide whose colour stands
 * 3:1 against what is behind it (WCAG 1.4.11), or a box-shadow, border or background that
 * differs from how the element looked unfocused.
 */
export function focused(page: Page, unfocused: Record<string, Style>): Promise<Focused> {
  return page.evaluate((before) => {
    const g = globalThis as unknown as PageGlobals;
    const element = g.document.activeElement;
    if (!element || element === g.document.body || element.id === 'kb-start')
      return { id: '', label: 'body', focusVisible: false, noIndicator: '' };
    const id = element.dataset.kb ?? '';
    const label = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
    const now = g.getComputedStyle(element);
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (colour: string) => {
      const [r = 0, gr = 0, b = 0] = rgb(colour).map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * gr + 0.0722 * b;
    };
    // The colour behind the outline: the first ancestor with an opaque background.
    let behind = 'rgb(255, 255, 255)';
    for (let p = element.parentElement; p; p = p.parentElement) {
      const bg = g.getComputedStyle(p).backgroundColor;
      const alpha = rgb(bg)[3];
      if (bg !== 'transparent' && alpha !== 0) {
        behind = bg;
        break;
      }
    }
    const [hi, lo] = [luminance(now.outlineColor), luminance(behind)].sort((a, b) => b - a);
    const contrast = (hi! + 0.05) / (lo! + 0.05);
    const outline = now.outlineStyle !== 'none' && parseFloat(now.outlineWidth) >= 1;
    const old = before[id];
    const changed =
      old !== undefined &&
      (now.boxShadow !== old.boxShadow ||
        now.borderColor !== old.borderColor ||
        now.backgroundColor !== old.backgroundColor);
    let noIndicator = '';
    if (outline && contrast < 3) noIndicator = `outline ${now.outlineColor} on ${behind} is ${contrast.toFixed(2)}:1`;
    else if (!outline && !changed) noIndicator = 'no outline and looks the same as unfocused';
    return { id, label, focusVisible: element.matches(':focus-visible'), noIndicator };
  }, unfocused);
}
