import type { BrowserContext } from 'playwright-core';

/**
 * Pins the page's clock: `Date.now()` and `new Date()` return `instant`; timers keep running.
 *
 * Playwright's fake Date drops subclasses (microsoft/playwright#35314, open): `new TZDate(...)`
 * from @date-fns/tz comes back a plain Date that reads its fields in the browser's zone, so the
 * app would cut days in the wrong zone only under test. A Proxy puts the subclass back.
 */
export async function pinPageClock(context: BrowserContext, instant: string): Promise<void> {
  await context.clock.setFixedTime(new Date(instant));
  await context.addInitScript(() => {
    const FakeDate = globalThis.Date;
    globalThis.Date = new Proxy(FakeDate, {
      construct(target, args: unknown[], newTarget: { prototype: object }) {
        const date = Reflect.construct(target, args) as Date;
        if (newTarget !== globalThis.Date) Object.setPrototypeOf(date, newTarget.prototype);
        return date;
      },
    });
  });
}
