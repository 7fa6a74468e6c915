import { afterEach, describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_ZONE } from '../support/clock';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// The page and main must agree on "now" and on the computer's zone, or a pinned instant would
// test a mixture of two days.
describe('the clock in Chromium', () => {
  it("gives the page main's pinned instant and the tests' zone", async () => {
    app = await startApp();
    const [pageNow, pageZone] = await app.page.evaluate(() => [
      // eslint-disable-next-line no-restricted-syntax -- what the page's code would read: the pinned clock
      new Date().toISOString(),
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    ]);
    expect(pageNow).toBe(TEST_NOW);
    expect(pageZone).toBe(TEST_ZONE);
    expect(app.session.invoke('proposals:create', { jobTitle: 'Pinned' })).toMatchObject({
      ok: true,
      value: { sentAt: TEST_NOW },
    });
  });

  it('keeps subclasses of Date working in the page (date-fns TZDate cuts days in the zone it is given)', async () => {
    app = await startApp();
    const zone = await app.page.evaluate(() => {
      class Zoned extends Date {
        zone(): string {
          return 'kept';
        }
      }
      const pinned = new Zoned();
      return [pinned instanceof Zoned, pinned.zone(), pinned.toISOString()];
    });
    expect(zone).toEqual([true, 'kept', TEST_NOW]);
  });

  it('takes another instant when a test asks for one', async () => {
    app = await startApp({ now: '2028-02-29T12:00:00.000Z' });
    // eslint-disable-next-line no-restricted-syntax -- the page's clock, pinned by the harness
    expect(await app.page.evaluate(() => new Date().toISOString())).toBe('2028-02-29T12:00:00.000Z');
  });
});
