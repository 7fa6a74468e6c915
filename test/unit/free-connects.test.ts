import { describe, expect, it } from 'vitest';
import { freeConnectsGranted } from '@shared/money/free-connects';

describe("the plan's free Connects", () => {
  it('credits one allowance a month, the first entry’s month included', () => {
    expect(freeConnectsGranted('2026-01-15T12:00:00.000Z', '2026-11-20T10:00:00.000Z', 'UTC', 10)).toEqual({
      months: 11,
      connects: 110,
      since: '2026-01-01',
    });
    expect(freeConnectsGranted('2026-11-02T00:00:00.000Z', '2026-11-20T10:00:00.000Z', 'UTC', 100).connects).toBe(100);
  });

  it('credits a month on its first day in the user’s zone, not in UTC', () => {
    // 2026-11-30 23:30 UTC is already December 1st in Auckland: December's allowance is in.
    const first = '2026-10-20T00:00:00.000Z';
    expect(freeConnectsGranted(first, '2026-11-30T23:30:00.000Z', 'UTC', 10).months).toBe(2);
    expect(freeConnectsGranted(first, '2026-11-30T23:30:00.000Z', 'Pacific/Auckland', 10).months).toBe(3);
    // …and still November 30th in Los Angeles at 2026-12-01 05:00 UTC.
    expect(freeConnectsGranted(first, '2026-12-01T05:00:00.000Z', 'America/Los_Angeles', 10).months).toBe(2);
  });

  it('counts across a year end', () => {
    expect(freeConnectsGranted('2025-12-31T12:00:00.000Z', '2026-01-01T12:00:00.000Z', 'UTC', 10).months).toBe(2);
  });

  it('credits nothing before anything was recorded, or with no allowance', () => {
    expect(freeConnectsGranted(null, '2026-11-20T10:00:00.000Z', 'UTC', 10)).toEqual({
      months: 0,
      connects: 0,
      since: null,
    });
    expect(freeConnectsGranted('2026-12-01T00:00:00.000Z', '2026-11-20T10:00:00.000Z', 'UTC', 10).connects).toBe(0);
    expect(freeConnectsGranted('2026-01-01T00:00:00.000Z', '2026-11-20T10:00:00.000Z', 'UTC', 0).connects).toBe(0);
  });
});
