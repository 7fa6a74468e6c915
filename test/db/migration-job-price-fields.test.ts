import { afterEach, describe, expect, it } from 'vitest';
import { userVersion } from '@main/db/migrate';
import { migrations } from '@main/db/migrations';
import { openDatabase } from '@main/db/open';
import { tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const NEW_COLUMNS = {
  hourly_min_cents: null,
  hourly_max_cents: null,
  fixed_budget_cents: null,
  project_type: null,
  connects_required: null,
  client_active_hires: null,
};

describe('migration 14: the job price, project type, Connects asked and active hires a pasted post tells', () => {
  it('keeps every proposal as it was, with the new fields blank, checked and captured for sync', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    const v13 = openDatabase(temp.file, { migrations: migrations.slice(0, 13), now: testClock });
    v13.exec(`INSERT INTO profiles (name, kind, created_at) VALUES ('Web', 'specialized', '2026-11-01T00:00:00.000Z')`);
    const insert = v13.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, experience_level, client_hires, connects_spent,
         status, status_at, created_at, updated_at)
       VALUES (1, ?, ?, ?, ?, 16, 'sent', ?, ?, ?)`,
    );
    insert.run('2026-11-02T09:00:00.000Z', 'Logo', 'expert', 15, '2026-11-02T09:00:00.000Z', 'x', 'x');
    insert.run('2026-11-03T09:00:00.000Z', 'API', null, null, '2026-11-03T09:00:00.000Z', 'x', 'x');
    const before = v13.prepare('SELECT * FROM proposals ORDER BY id').all() as Record<string, unknown>[];
    v13.close();

    const db = openDatabase(temp.file, { migrations: migrations.slice(0, 14), now: testClock });
    cleanups.unshift(() => db.close());
    expect(userVersion(db)).toBe(14);
    expect(db.prepare('SELECT * FROM proposals ORDER BY id').all()).toEqual(
      before.map((row) => ({ ...row, ...NEW_COLUMNS })),
    );
    // The search index of migration 13 still finds the rows it had.
    expect(db.prepare("SELECT rowid FROM proposal_search WHERE proposal_search MATCH 'logo'").all()).toHaveLength(1);

    // Checked like the older columns, the hourly range low to high.
    expect(() => db.prepare("UPDATE proposals SET project_type = 'forever' WHERE id = 1").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE proposals SET connects_required = -1 WHERE id = 1').run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare('UPDATE proposals SET hourly_min_cents = 5000, hourly_max_cents = 2500 WHERE id = 1').run(),
    ).toThrow(/CHECK/);
    db.prepare('UPDATE proposals SET hourly_min_cents = 2500, hourly_max_cents = 2500 WHERE id = 1').run();

    // The capture triggers know the new columns, so a change to one syncs.
    const triggers = db
      .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'proposals'")
      .all()
      .map((t) => t.sql)
      .join('\n');
    for (const column of Object.keys(NEW_COLUMNS)) expect(triggers).toContain(column);
  });
});
