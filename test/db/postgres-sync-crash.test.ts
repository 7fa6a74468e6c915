import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { waitingCount } from '@main/db/sync/outbox';
import { readSyncState } from '@main/db/sync/state';
import { newTeam, serverCounts, syncedData, syncWith } from '../support/sync-devices';
import { testApp } from '../support/temp-db';
import { usePostgres } from '../support/use-postgres';

// SIGKILL in the middle of a push and of a pull: the next sync loses nothing and duplicates nothing.

const postgres = usePostgres();
const apps: ReturnType<typeof testApp>[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.cleanup()));

const NOW = '2026-11-20T10:00:00.000Z';

function computerWith(count: number, prefix: string) {
  const app = testApp(NOW);
  apps.push(app);
  for (let i = 0; i < count; i++) {
    app.invoke('proposals:create', { jobTitle: `${prefix} ${i}`, skills: ['Go'], sentAt: '2026-11-10T09:00:00Z' });
  }
  return app;
}

/** Runs test/support/sync-child.ts on the file and expects it to die by SIGKILL where told. */
function syncAndDie(file: string, connection: object, killAt: string): void {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'test/support/sync-child.ts', file, JSON.stringify(connection), NOW, killAt],
    { encoding: 'utf8', timeout: 60_000 },
  );
  expect(child.stderr).toBe('');
  expect(child.signal, `exit ${child.status}`).toBe('SIGKILL');
}

function titles(app: ReturnType<typeof testApp>): string[] {
  return app.db.prepare<[], string>('SELECT job_title FROM proposals ORDER BY job_title').pluck().all();
}

describe('a sync killed halfway', () => {
  it.each(['before-commit:2', 'after-commit:2'])(
    'during the push (%s) leaves nothing lost or doubled',
    async (killAt) => {
      const server = postgres();
      const team = await newTeam(server);
      const a = computerWith(5, 'a');
      await syncWith(a.db, team, { now: a.clock });
      const b = computerWith(40, 'b');

      syncAndDie(b.file, team, killAt);
      expect(waitingCount(b.db)).toBeGreaterThan(0);
      await syncWith(b.db, team, { now: b.clock });
      await syncWith(a.db, team, { now: a.clock });
      expect(waitingCount(b.db)).toBe(0);
      expect(await serverCounts(server, team.database!)).toMatchObject({ proposals: 45, proposal_events: 45 });
      expect(titles(a)).toEqual(titles(b));
      expect(titles(a)).toHaveLength(45);
      expect(syncedData(a.db)).toEqual(syncedData(b.db));
    },
  );

  it('during the pull leaves nothing lost or doubled, and the cursor where it was', async () => {
    const server = postgres();
    const team = await newTeam(server);
    const a = computerWith(60, 'a');
    await syncWith(a.db, team, { now: a.clock });
    const b = computerWith(0, 'b');

    // Pages of 20: the first query, for every table at once, finds more than a page, so table by
    // table: the profiles' (none new: the first profile is b's own since its push), two of
    // proposals applied, killed asking for the third.
    syncAndDie(b.file, team, 'pull-page:5');
    expect(readSyncState(b.db).cursor).toBe(0);
    expect(titles(b)).toHaveLength(40);
    await syncWith(b.db, team, { now: b.clock });
    expect(titles(b)).toEqual(titles(a));
    expect(syncedData(b.db)).toEqual(syncedData(a.db));
  });
});
