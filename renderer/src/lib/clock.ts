import { systemClock, type Clock } from '@shared/clock';

// The renderer's "now". One module-level clock, like the i18n instance: the app runs on the
// computer's clock, and tests pin it once in their setup (jsdom) or pin the page's clock (Chromium).

let current: Clock = systemClock;

export function now(): Date {
  return current();
}

/** For tests: every later `now()` asks this clock. */
export function setClock(clock: Clock): void {
  current = clock;
}
