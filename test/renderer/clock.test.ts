import { afterEach, describe, expect, it } from 'vitest';
import { now } from '@renderer/lib/clock';
import { today } from '@renderer/lib/today';
import { TEST_NOW, TEST_ZONE, testToday } from '../support/clock';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend> | undefined;
afterEach(() => backend?.app.cleanup());

describe("the renderer's clock in tests", () => {
  it('is pinned at the test instant, so "today" in forms is the pinned day', () => {
    expect(now().toISOString()).toBe(TEST_NOW);
    expect(today(TEST_ZONE)).toBe(testToday());
  });

  it('is the backend clock once a backend is installed: moving one moves the other', () => {
    backend = installRealBackend('2027-01-15T12:00:00.000Z');
    expect(now().toISOString()).toBe('2027-01-15T12:00:00.000Z');
    backend.app.setNow('2027-02-01T08:00:00.000Z');
    expect(now().toISOString()).toBe('2027-02-01T08:00:00.000Z');
    expect(backend.app.clock().toISOString()).toBe('2027-02-01T08:00:00.000Z');
  });
});
