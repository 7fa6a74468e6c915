import { afterEach, describe, expect, it } from 'vitest';
import { userVersion } from '@main/db/migrate';
import { migrations } from '@main/db/migrations';
import { openDatabase } from '@main/db/open';
import { tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const NEW_COLUMNS = {
  experience_level: null,
  project_length: null,
  client_review_count: null,
  client_jobs_posted: null,
  client_open_jobs: null,
  client_hires: null,
  client_member_since: null,
};

describe('migration 12: the job and client fields a pasted post tells', () => {
  it('keeps every proposal as it was, with the new fields blank, and captures changes to them for sync', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    const v11 = openDatabase(temp.file, { migrations: migrations.slice(0, 11), now: testClock });
    v11.exec(`INSERT INTO profiles (name, kind, created_at) VALUES ('Web', 'specialized', '2026-11-01T00:00:00.000Z')`);
    const insert = v11.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, client_country, client_rating, connects_spent,
         status, status_at, created_at, updated_at)
       VALUES (1, ?, ?, ?, ?, 16, 'sent', ?, ?, ?)`,
    );
    insert.run('2026-11-02T09:00:00.000Z', 'Logo', 'Kenya', 4.5, '2026-11-02T09:00:00.000Z', 'x', 'x');
    insert.run('2026-11-03T09:00:00.000Z', 'API', null, null, '2026-11-03T09:00:00.000Z', 'x', 'x');
    const before = v11.prepare('SELECT * FROM proposals ORDER BY id').all() as Record<string, unknown>[];
    v11.close();

    const db = openDatabase(temp.file, { migrations: migrations.slice(0, 12), now: testClock });
    cleanups.unshift(() => db.close());
    expect(userVersion(db)).toBe(12);
    expect(db.prepare('SELECT * FROM proposals ORDER BY id').all()).toEqual(
      before.map((row) => ({ ...row, ...NEW_COLUMNS })),
    );
    // The new columns are checked like the old ones.
    expect(() => db.prepare("UPDATE proposals SET experience_level = 'guru' WHERE id = 1").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE proposals SET client_hires = -1 WHERE id = 1').run()).toThrow(/CHECK/);
    // A change to one of them is captured for sync once capture is on (the triggers know the column).
    const triggers = db
      .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'proposals'")
      .all()
      .map((t) => t.sql)
      .join('\n');
    expect(triggers).toContain('client_member_since');
  });
});
