import { afterEach, describe, expect, it } from 'vitest';
import { userVersion } from '@main/db/migrate';
import { migrations } from '@main/db/migrations';
import { openDatabase } from '@main/db/open';
import { tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const WEEKLY = migrations.findIndex((m) => m.name.startsWith('Upwork contract ids'));

describe('migration: Upwork contract ids, hours per contract and day, the week an earning pays for', () => {
  it('keeps every row and gives imported earnings (and their fees) the Upwork week they pay for', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    const old = openDatabase(temp.file, { migrations: migrations.slice(0, WEEKLY), now: testClock });
    old
      .prepare(
        `INSERT INTO contracts (id, client_name, title, contract_type, started_at, status, created_at, updated_at)
         VALUES (1, 'Acme', 'React work', 'hourly', '2026-09-01T00:00:00.000Z', 'active', 'x', 'x')`,
      )
      .run();
    const add = old.prepare(
      `INSERT INTO transactions (id, occurred_at, amount_cents, kind, description, contract_id, external_id, group_id, source, created_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, 'x')`,
    );
    // Wednesday 2026-10-21: an hourly invoice naming its period (the week of Oct 12), its fee,
    // an hourly payment without a period (the week before it was paid), a fixed-price payment
    // (the week it was paid), a withdrawal (no week) and a manual earning (read as paid).
    add.run(
      1,
      '2026-10-21T12:00:00.000Z',
      50_000,
      'hourly',
      'Invoice for 10/12/2026-10/18/2026',
      'upwork:1:hourly',
      'u1',
      'upwork_csv',
    );
    add.run(
      2,
      '2026-10-21T12:00:00.000Z',
      -5_000,
      'service_fee',
      'Service Fee',
      'upwork:1:service_fee',
      'u1',
      'upwork_csv',
    );
    add.run(3, '2026-10-21T12:00:00.000Z', 10_000, 'hourly', 'Hours', 'upwork:2:hourly', 'u2', 'upwork_csv');
    add.run(
      4,
      '2026-10-21T12:00:00.000Z',
      30_000,
      'fixed_price',
      'Milestone',
      'upwork:3:fixed_price',
      null,
      'upwork_csv',
    );
    add.run(5, '2026-10-21T12:00:00.000Z', -80_000, 'withdrawal', 'To bank', 'upwork:4:withdrawal', null, 'upwork_csv');
    add.run(6, '2026-10-21T12:00:00.000Z', 7_000, 'bonus', 'By hand', null, null, 'manual');
    const before = old.prepare('SELECT * FROM transactions ORDER BY id').all();
    old.close();

    const db = openDatabase(temp.file, { migrations: migrations.slice(0, WEEKLY + 1), now: testClock });
    cleanups.unshift(() => db.close());
    expect(userVersion(db)).toBe(migrations[WEEKLY]!.version);
    const after = db.prepare('SELECT * FROM transactions ORDER BY id').all() as Record<string, unknown>[];
    expect(after.map(({ work_week: _w, contract_ref: _r, ...rest }) => rest)).toEqual(before);
    expect(after.map((t) => [t.id, t.work_week, t.contract_ref])).toEqual([
      [1, '2026-10-12', null],
      [2, '2026-10-12', null],
      [3, '2026-10-12', null],
      [4, '2026-10-19', null],
      [5, null, null],
      [6, null, null],
    ]);
    expect(db.prepare('SELECT upwork_id FROM contracts').all()).toEqual([{ upwork_id: null }]);
  });

  it('keeps one contract per Upwork id and keeps hours when their contract goes', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    const db = openDatabase(temp.file, { migrations: migrations.slice(0, WEEKLY + 1), now: testClock });
    cleanups.unshift(() => db.close());
    const contract = db.prepare(
      `INSERT INTO contracts (client_name, title, contract_type, started_at, status, created_at, updated_at, upwork_id)
       VALUES ('', ?, 'hourly', '2024-04-15T12:00:00.000Z', 'active', 'x', 'x', ?)`,
    );
    const id = Number(contract.run('HTML Page Builder', '36473604').lastInsertRowid);
    expect(() => contract.run('Same id', '36473604')).toThrow(/UNIQUE/);
    expect(() => contract.run('Not a number', 'abc')).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO work_entries (upwork_contract_id, contract_id, day, seconds, amount_cents, payment, external_id, created_at)
       VALUES ('36473604', ?, '2024-04-15', 30000, 41667, 'hourly', 'weekly:36473604:2024-04-15:hourly', 'x')`,
    ).run(id);
    db.prepare('DELETE FROM contracts WHERE id = ?').run(id);
    expect(db.prepare('SELECT upwork_contract_id, contract_id, seconds FROM work_entries').all()).toEqual([
      { upwork_contract_id: '36473604', contract_id: null, seconds: 30000 },
    ]);
  });
});
