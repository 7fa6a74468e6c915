import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleSync, SYNC_EVERY_MS } from '@main/sync/auto-sync';

// The background sync's schedule tells main how many changes each sync brought, so the window
// reads its data again only when a teammate's changes arrived (fake timers: no wall clock).

afterEach(() => vi.useRealTimers());

async function oneSync(answer: () => unknown, kind: 'own' | 'sample' = 'own'): Promise<number[]> {
  vi.useFakeTimers();
  const told: number[] = [];
  const stop = scheduleSync({ kind, invoke: answer }, (pulled) => told.push(pulled));
  await vi.advanceTimersByTimeAsync(SYNC_EVERY_MS);
  stop();
  return told;
}

describe('scheduleSync', () => {
  it('passes on the changes a sync pulled', async () => {
    expect(await oneSync(() => Promise.resolve({ ok: true, value: { pulled: 3 } }))).toEqual([3]);
  });

  it('says none after a sync that pulled nothing, failed, or answered with a problem', async () => {
    expect(await oneSync(() => ({ ok: true, value: { pulled: 0 } }))).toEqual([0]);
    expect(await oneSync(() => Promise.reject(new Error('down')))).toEqual([0]);
    expect(await oneSync(() => ({ ok: false, error: { fields: [] } }))).toEqual([0]);
  });

  it('never syncs the sample data', async () => {
    const invoke = vi.fn();
    expect(await oneSync(invoke, 'sample')).toEqual([]);
    expect(invoke).not.toHaveBeenCalled();
  });
});
