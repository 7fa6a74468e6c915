import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '@main/db/open';
import { syncOnce } from '@main/sync/engine';
import { startPostgres } from '../support/postgres';
import { syncWith } from '../support/sync-devices';
import { clock } from './database';
import { round, type Figure } from './figures';
import type { BenchModule } from './module';

// Sync through PostgreSQL (docs/sync.md), on loopback with a server of its own: the first push of
// the 100,000-proposal sample (its history, skills and the rest) to an empty team server, the
// second computer's first pull of it all, then 100 proposals edited on the first computer and
// synced to the second (its push, then the other's pull, each on the connection its computer keeps
// open between syncs, as the app does: main/sync/team-server.ts).

const PROPOSALS = Number(process.env.BENCH_SYNC_PROPOSALS ?? 100_000);
const CHANGES = 100;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return round(performance.now() - started);
}

const syncBench: BenchModule = {
  async once({ dir, database }): Promise<Figure[]> {
    const server = await startPostgres();
    try {
      const team = await server.createDatabase('bench_team');
      const firstFile = join(dir, 'first.sqlite3');
      database(PROPOSALS, firstFile);
      const first = openDatabase(firstFile, { now: clock });
      const second = openDatabase(join(dir, 'second.sqlite3'), { now: clock });
      const options = { now: clock, batch: 2000 };
      const pushAll = await timed(() => syncWith(first, team, options));
      const pullAll = await timed(() => syncWith(second, team, options));

      const edit = first.prepare<[string, number]>('UPDATE proposals SET notes = ? WHERE id = ?');
      const ids = first
        .prepare<[number], number>('SELECT id FROM proposals ORDER BY id DESC LIMIT ?')
        .pluck()
        .all(CHANGES);
      // Each computer's connection, open since its last sync.
      const [firstClient, secondClient] = [new pg.Client(team), new pg.Client(team)];
      await Promise.all([firstClient.connect(), secondClient.connect()]);
      await syncOnce(first, firstClient, { ...options, member: 'Ana' });
      await syncOnce(second, secondClient, { ...options, member: 'Ben' });
      first.transaction(() => ids.forEach((id) => edit.run(`Followed up (${id})`, id)))();
      const changes = await timed(async () => {
        await syncOnce(first, firstClient, { ...options, member: 'Ana' });
        await syncOnce(second, secondClient, { ...options, member: 'Ben' });
      });
      await Promise.all([firstClient.end(), secondClient.end()]);
      const arrived = second.prepare(`SELECT count(*) FROM proposals WHERE notes LIKE 'Followed up (%'`).pluck().get();
      if (arrived !== CHANGES) throw new Error(`${String(arrived)} of ${CHANGES} changes arrived`);
      first.close();
      second.close();
      return [
        { name: 'sync_push_100k_proposals_ms', value: pushAll },
        { name: 'sync_first_pull_100k_proposals_ms', value: pullAll },
        { name: 'sync_100_changes_ms', value: changes, target: 200 },
      ];
    } finally {
      await server.dispose();
    }
  },
};

export default syncBench;
