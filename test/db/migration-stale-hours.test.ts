import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@main/db/open';
import { migrations } from '@main/db/migrations';
import { countStale } from '@main/db/health/stale';
import { tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';

let temp: ReturnType<typeof tempDbFile> | undefined;
afterEach(() => temp?.cleanup());

const VERSION = migrations.findIndex((m) => m.name.startsWith('hourly totals of proposals waiting')) + 1;

describe('stale-hours migration on a database with history', () => {
  it('backfills an hour per last change of the proposals still waiting, and the triggers keep it from then on', () => {
    temp = tempDbFile();
    const old = openDatabase(temp.file, { migrations: migrations.slice(0, VERSION - 1), now: testClock });
    const add = old.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, status, status_at, created_at, updated_at)
       VALUES (1, @at, 'Job', @status, @at, @at, @at)`,
    );
    add.run({ at: '2026-09-01T10:00:00.000Z', status: 'sent' });
    add.run({ at: '2026-09-01T10:59:59.999Z', status: 'viewed' });
    add.run({ at: '2026-09-03T08:30:00.000Z', status: 'interviewing' }); // a conversation: never stale
    add.run({ at: '2026-10-20T12:15:00.000Z', status: 'sent' });
    old.close();

    const db = openDatabase(temp.file, { now: testClock });
    const bucket = (iso: string) => Date.parse(iso) / 3_600_000;
    expect(db.prepare('SELECT * FROM stale_hours ORDER BY bucket').all()).toEqual([
      { bucket: bucket('2026-09-01T10:00:00.000Z'), waiting: 2 },
      { bucket: bucket('2026-10-20T12:00:00.000Z'), waiting: 1 },
    ]);
    expect(db.prepare('SELECT waiting FROM stale_totals').get()).toEqual({ waiting: 3 });
    // Before an instant inside an hour: only that hour's earlier changes count.
    expect(countStale(db, '2026-09-01T10:30:00.000Z')).toBe(1);
    expect(countStale(db, '2026-10-20T12:15:00.000Z')).toBe(2);
    expect(countStale(db, '2026-10-20T12:15:00.001Z')).toBe(3);

    // From now on the triggers: an answer takes one out (its hour goes), a delete another.
    db.prepare("UPDATE proposals SET status = 'declined', status_at = '2026-10-21T09:00:00.000Z' WHERE id = 4").run();
    db.prepare('DELETE FROM proposals WHERE id = 2').run();
    expect(db.prepare('SELECT * FROM stale_hours ORDER BY bucket').all()).toEqual([
      { bucket: bucket('2026-09-01T10:00:00.000Z'), waiting: 1 },
    ]);
    expect(countStale(db, '2026-12-01T00:00:00.000Z')).toBe(1);
    db.close();
  });
});
