import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@main/db/open';
import { migrations } from '@main/db/migrations';
import { insightCounts } from '@main/db/insights/counts';
import { tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';

let temp: ReturnType<typeof tempDbFile> | undefined;
afterEach(() => temp?.cleanup());

describe('migrations 3 (furthest stage) and 5 (insight summary) on a database with history', () => {
  it('backfills the stage each proposal reached and the summary from existing rows', () => {
    temp = tempDbFile();
    const old = openDatabase(temp.file, { migrations: migrations.slice(0, 2), now: testClock });
    const addProposal = old.prepare(
      `INSERT INTO proposals (id, profile_id, sent_at, job_title, category, status, status_at, created_at, updated_at)
       VALUES (?, 1, ?, 'Job', 'Web', ?, ?, ?, ?)`,
    );
    const addEvent = old.prepare(
      "INSERT INTO proposal_events (proposal_id, status, occurred_at, recorded_at) VALUES (?, ?, ?, '2026-11-01T00:00:00.000Z')",
    );
    const history: [number, string, string[]][] = [
      [1, '2026-11-02T10:00:00.000Z', ['sent']],
      [2, '2026-11-02T11:00:00.000Z', ['sent', 'viewed', 'declined']],
      [3, '2026-11-03T10:00:00.000Z', ['sent', 'viewed', 'interviewing', 'offer', 'hired']],
      [4, '2026-11-03T11:00:00.000Z', ['sent', 'interviewing', 'withdrawn']],
    ];
    for (const [id, sentAt, statuses] of history) {
      addProposal.run(id, sentAt, statuses.at(-1), sentAt, sentAt, sentAt);
      statuses.forEach((status, i) =>
        addEvent.run(id, status, new Date(Date.parse(sentAt) + i * 60_000).toISOString()),
      );
    }
    old
      .prepare("INSERT INTO proposal_skills (proposal_id, position, skill) VALUES (3, 0, 'React'), (4, 0, 'react')")
      .run();
    old.close();

    const db = openDatabase(temp.file, { now: testClock });
    expect(db.prepare('SELECT id, furthest_stage FROM proposals ORDER BY id').all()).toEqual([
      { id: 1, furthest_stage: 0 },
      { id: 2, furthest_stage: 1 },
      { id: 3, furthest_stage: 4 },
      { id: 4, furthest_stage: 2 },
    ]);
    const { proposals, dimensions } = insightCounts(db, { fromWeek: null, toWeek: '2026-12-01' });
    expect(proposals).toBe(4);
    expect(dimensions.category).toEqual([{ value: 'Web', sent: 4, viewed: 3, hired: 1 }]);
    expect(dimensions.skill).toEqual([{ value: 'React', sent: 2, viewed: 2, hired: 1 }]);
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT count(*), sum(furthest_stage >= 1), sum(connects_spent + boost_connects) FROM proposals WHERE sent_at >= ? AND sent_at < ?',
      )
      .all('a', 'b') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('COVERING INDEX proposals_weekly');
    db.close();
  });
});
