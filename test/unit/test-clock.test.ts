import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_ZONE, testClock } from '../support/clock';

// The matrix of pinned instants (scripts/test-instants.mjs) only proves something if the
// instant and the zone it sets really reach the tests.
describe('the test clock', () => {
  it('is BIDWELL_TEST_NOW when set, else the fixed anchor', () => {
    const given = process.env.BIDWELL_TEST_NOW;
    expect(TEST_NOW).toBe(given ? new Date(Date.parse(given)).toISOString() : '2026-11-20T10:00:00.000Z');
    expect(testClock().toISOString()).toBe(TEST_NOW);
  });

  it("runs in the zone TZ names (the machine's own when unset): the app's \"this computer's zone\"", () => {
    const zone = new Intl.DateTimeFormat('en', { timeZone: process.env.TZ || undefined }).resolvedOptions().timeZone;
    expect(TEST_ZONE).toBe(zone);
  });
});
