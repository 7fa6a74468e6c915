import { afterEach, describe, expect, it } from 'vitest';
import { userVersion } from '@main/db/migrate';
import { migrations } from '@main/db/migrations';
import { openDatabase } from '@main/db/open';
import { tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('migration 2: contracts, transactions, Connects ledger', () => {
  it('migrates a version-1 database with proposals, and the ledger reads their Connects', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    const v1 = openDatabase(temp.file, { migrations: migrations.slice(0, 1), now: testClock });
    v1.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, connects_spent, boost_connects, status_at, created_at, updated_at)
       VALUES (1, '2026-11-02T09:00:00.000Z', 'Old proposal', 16, 4, '2026-11-02T09:00:00.000Z', 'x', 'x')`,
    ).run();
    const before = v1.prepare('SELECT * FROM proposals').all();
    v1.close();

    const db = openDatabase(temp.file, { migrations: migrations.slice(0, 2), now: testClock });
    cleanups.unshift(() => db.close());
    expect(userVersion(db)).toBe(2);
    expect(db.prepare('SELECT * FROM proposals').all()).toEqual(before);
    expect(db.prepare('SELECT kind, connects, proposal_id FROM connects_entries ORDER BY kind DESC').all()).toEqual([
      { kind: 'spend', connects: -16, proposal_id: 1 },
      { kind: 'boost', connects: -4, proposal_id: 1 },
    ]);
  });

  it('enforces kinds, the unique external id, and cascades an imported purchase with its transaction', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    const db = openDatabase(temp.file, { migrations: migrations.slice(0, 2), now: testClock });
    cleanups.unshift(() => db.close());
    const insert = db.prepare(
      `INSERT INTO transactions (occurred_at, amount_cents, kind, external_id, created_at) VALUES ('2026-11-05T12:00:00.000Z', ?, ?, ?, 'x')`,
    );
    const id = Number(insert.run(-1200, 'connects_purchase', 'upwork:1:connects_purchase').lastInsertRowid);
    expect(() => insert.run(-1200, 'connects_purchase', 'upwork:1:connects_purchase')).toThrow(/UNIQUE/);
    expect(() => insert.run(500, 'salary', null)).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO connects_ledger (occurred_at, kind, connects, cost_cents, transaction_id, created_at) VALUES ('x', 'purchase', 80, 1200, ?, 'x')`,
    ).run(id);
    db.prepare('DELETE FROM transactions WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM connects_ledger').get()).toEqual({ n: 0 });
  });
});
