import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '@shared/domain/settings';
import type { TargetProgress } from '@shared/domain/targets';
import { testApp } from '../support/temp-db';
import { value } from '../support/results';

// Weekly targets through the real invoker on a SQLite file. "Now" is a fixed Friday,
// 2026-11-20 10:00 UTC; the week (Monday start, UTC) began 2026-11-16.

const NOW = '2026-11-20T10:00:00.000Z';

let app: ReturnType<typeof testApp> | undefined;
afterEach(() => {
  app?.cleanup();
  app = undefined;
});

function start(zone = 'UTC') {
  app = testApp(NOW);
  value(app.invoke('settings:update', { timeZone: zone }));
  return app;
}

const log = (sentAt: string, connectsSpent = 16) =>
  value<{ id: number }>(app!.invoke('proposals:create', { jobTitle: `Job at ${sentAt}`, sentAt, connectsSpent })).id;

describe('targets:week', () => {
  it('counts this week so far: proposals and Connects by when sent, hires by when they happened', () => {
    start();
    const lastWeek = log('2026-11-15T23:30:00.000Z'); // Sunday: last week
    log('2026-11-16T00:30:00.000Z', 20);
    log('2026-11-19T12:00:00.000Z', 24);
    value(app!.invoke('proposals:setStatus', { id: lastWeek, status: 'hired' })); // hired now, this week
    expect(value<TargetProgress>(app!.invoke('targets:week', undefined))).toEqual({
      weekStart: '2026-11-16',
      proposals: { sent: 2, min: 4, max: 8, state: 'below' },
      hires: { count: 1, target: 1, met: true },
      connects: { spent: 44, budget: 80, over: false },
      volumeWithoutWins: false,
    });
  });

  it('cuts the week in the user zone', () => {
    // 2026-11-15 23:30 UTC is already Monday 2026-11-16 in Manila (UTC+8): this week there.
    start('Asia/Manila');
    log('2026-11-15T23:30:00.000Z');
    const progress = value<TargetProgress>(app!.invoke('targets:week', undefined));
    expect(progress.weekStart).toBe('2026-11-16');
    expect(progress.proposals.sent).toBe(1);
  });

  it('warns past the ceiling while the hire is behind, with the plan the user set', () => {
    start();
    value(app!.invoke('settings:update', { weeklyProposalsMin: 1, weeklyProposalsMax: 2, weeklyHires: 1 }));
    for (const day of ['16', '17', '18']) log(`2026-11-${day}T09:00:00.000Z`);
    const progress = value<TargetProgress>(app!.invoke('targets:week', undefined));
    expect(progress.proposals.state).toBe('over');
    expect(progress.volumeWithoutWins).toBe(true);
  });

  it('refuses a floor above the ceiling beside the field, and keeps the stored plan', () => {
    start();
    const refused = app!.invoke('settings:update', { weeklyProposalsMin: 12 });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.fields).toEqual([
      expect.objectContaining({ path: 'weeklyProposalsMin', key: 'targets.errors.minAboveMax', params: { limit: 8 } }),
    ]);
    const ceiling = app!.invoke('settings:update', { weeklyProposalsMax: 3 });
    expect(!ceiling.ok && ceiling.error.fields[0]).toMatchObject({
      path: 'weeklyProposalsMax',
      key: 'targets.errors.maxBelowMin',
      params: { limit: 4 },
    });
    const stored = value<Settings>(app!.invoke('settings:get', undefined));
    expect([stored.weeklyProposalsMin, stored.weeklyProposalsMax]).toEqual([4, 8]);
  });
});
