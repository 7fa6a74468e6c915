import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@main/db/open';
import { migrations } from '@main/db/migrations';
import { sentBetween } from '@main/db/dashboard/sent-buckets';
import { tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';

let temp: ReturnType<typeof tempDbFile> | undefined;
afterEach(() => temp?.cleanup());

describe('migration 11 (hourly dashboard buckets and totals) on a database with history', () => {
  it('backfills a bucket per hour with proposals and the all-time totals, and the triggers keep it from then on', () => {
    temp = tempDbFile();
    const old = openDatabase(temp.file, { migrations: migrations.slice(0, 10), now: testClock });
    const add = old.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, connects_spent, boost_connects, furthest_stage, status, status_at, created_at, updated_at)
       VALUES (1, @at, 'Job', @connects, @boost, @stage, 'sent', @at, @at, @at)`,
    );
    // Three proposals in the hour from 10:00 (its first and last millisecond included), one 3 days later.
    add.run({ at: '2026-11-02T10:00:00.000Z', connects: 8, boost: 0, stage: 4 });
    add.run({ at: '2026-11-02T10:14:59.999Z', connects: 6, boost: 4, stage: 1 });
    add.run({ at: '2026-11-02T10:59:59.999Z', connects: 16, boost: 0, stage: 2 });
    add.run({ at: '2026-11-05T23:50:00.000Z', connects: 2, boost: 0, stage: 3 });
    old.close();

    const db = openDatabase(temp.file, { now: testClock });
    const bucket = (iso: string) => Date.parse(iso) / 3_600_000;
    expect(db.prepare('SELECT * FROM sent_buckets ORDER BY bucket').all()).toEqual([
      {
        bucket: bucket('2026-11-02T10:00:00.000Z'),
        sent: 3,
        viewed: 3,
        interviewed: 2,
        offered: 1,
        hired: 1,
        connects: 34,
      },
      {
        bucket: bucket('2026-11-05T23:00:00.000Z'),
        sent: 1,
        viewed: 1,
        interviewed: 1,
        offered: 1,
        hired: 0,
        connects: 2,
      },
    ]);
    expect(db.prepare('SELECT sent, connects FROM sent_totals').get()).toEqual({ sent: 4, connects: 36 });
    expect(sentBetween(db, '2026-11-02T00:00:00.000Z', '2026-11-09T00:00:00.000Z')).toEqual({
      sent: 4,
      viewed: 4,
      interviewed: 3,
      offered: 2,
      hired: 1,
      connects: 36,
    });

    // From now on the triggers: a proposal moves to another week, and a bucket left empty goes.
    db.prepare("UPDATE proposals SET sent_at = '2026-11-10T09:00:00.000Z' WHERE id = 3").run();
    db.prepare('DELETE FROM proposals WHERE id = 4').run();
    expect(db.prepare('SELECT bucket, sent FROM sent_buckets ORDER BY bucket').all()).toEqual([
      { bucket: bucket('2026-11-02T10:00:00.000Z'), sent: 2 },
      { bucket: bucket('2026-11-10T09:00:00.000Z'), sent: 1 },
    ]);
    expect(db.prepare('SELECT sent, connects FROM sent_totals').get()).toEqual({ sent: 3, connects: 34 });
    db.close();
  });
});
