import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { userVersion } from '@main/db/migrate';
import { migrations } from '@main/db/migrations';
import { openDatabase } from '@main/db/open';
import { insertTransaction, insertTransactions, type NewTransaction } from '@main/db/money/transactions';
import { insertWorkEntries } from '@main/db/money/work-entries';
import { SYNCED_TABLES } from '@main/db/sync/synced-tables';
import { tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';

// Migration 15 rebuilds the sync insert triggers with a WHEN (capture.ts): an insert that brings its
// global id into a database in no team skips them. A database at version 14 as it shipped (its
// insert triggers without the WHEN) keeps its rows, and the same writes afterwards give the same
// global ids and the same outbox as before it, in a team or not.

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const AT = '2026-11-02T09:00:00.000Z';
/** The trigger's own WHEN (its body has CASE WHEN of its own). */
const WHEN = /AFTER INSERT ON \w+ WHEN /;
const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A database at version 14 as shipped: migrations 8-14 made the insert triggers without a WHEN. */
function shippedV14(): { file: string; db: Database } {
  const temp = tempDbFile();
  cleanups.push(temp.cleanup);
  const db = openDatabase(temp.file, { migrations: migrations.slice(0, 14), now: testClock });
  for (const sql of insertTriggers(db)) {
    db.exec(`DROP TRIGGER ${/^CREATE TRIGGER (\S+)/.exec(sql)![1]}`);
    db.exec(sql.replace(/ WHEN .*? BEGIN /s, ' BEGIN '));
  }
  expect(insertTriggers(db).filter((sql) => WHEN.test(sql))).toEqual([]);
  return { file: temp.file, db };
}

/** The insert triggers of the synced tables themselves (a list's, such as a proposal's skills, always had its WHEN). */
function insertTriggers(db: Database): string[] {
  const names = SYNCED_TABLES.map((spec) => `sync_${spec.table}_insert`);
  return db
    .prepare<[string], string>(
      "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?))",
    )
    .pluck()
    .all(JSON.stringify(names));
}

function earning(externalId: string | null, amountCents: number): Omit<NewTransaction, 'id'> {
  return {
    occurredAt: AT,
    amountCents,
    kind: 'hourly',
    description: null,
    contractId: null,
    externalId,
    groupId: null,
    source: externalId ? 'upwork_csv' : 'manual',
    createdAt: AT,
  };
}

/** The writes that go through the insert triggers, out of a team and then in one; what they left, random ids named. */
function exercise(db: Database) {
  const write = (tag: string) => {
    insertTransaction(db, earning(null, 100)); // typed in: the trigger gives it a UUID v7
    insertTransactions(db, [earning(`${tag}:a`, 200), earning(`${tag}:b`, 300)]); // imported: natural ids
    insertWorkEntries(db, [
      {
        upworkContractId: '36473604',
        contractId: null as unknown as number,
        day: '2026-11-02',
        seconds: 3600,
        amountCents: 200,
        payment: 'hourly',
        externalId: `weekly:${tag}`,
        createdAt: AT,
      },
    ]);
    db.prepare("INSERT INTO settings (key, value) VALUES (?, '1')").run(`${tag}Setting`);
  };
  write('alone');
  db.prepare('UPDATE sync_state SET capturing = 1 WHERE id = 1').run();
  write('team');
  const named = (gid: string) => (UUID7.test(gid) ? 'uuid7' : gid);
  return {
    transactions: db
      .prepare<[], { gid: string }>('SELECT amount_cents, external_id, gid FROM transactions ORDER BY id')
      .all()
      .map((r) => ({ ...r, gid: named(r.gid) })),
    work: db.prepare('SELECT external_id, gid FROM work_entries ORDER BY id').all(),
    outbox: db
      .prepare<[], { tbl: string; gid: string }>('SELECT tbl, gid, hlc FROM sync_outbox ORDER BY id')
      .all()
      .map((r) => ({ ...r, gid: named(r.gid) })),
  };
}

describe('migration 15: sync insert triggers that skip a row with nothing to capture', () => {
  it('keeps the rows, and the same writes leave the same global ids and outbox as the shipped triggers', () => {
    const before = shippedV14();
    const expected = exercise(before.db);
    before.db.close();
    // What the shipped triggers did: a global id for every row, and the outbox only in a team.
    expect(expected.transactions.map((r) => r.gid)).toEqual([
      'uuid7',
      'ext:alone:a',
      'ext:alone:b',
      'uuid7',
      'ext:team:a',
      'ext:team:b',
    ]);
    expect(expected.outbox.map((r) => r.gid)).toEqual([
      'uuid7',
      'ext:team:a',
      'ext:team:b',
      'ext:weekly:team',
      'teamSetting',
    ]);

    const old = shippedV14();
    insertTransactions(old.db, [earning('kept', 500)]);
    old.db.prepare('INSERT INTO sync_outbox (tbl, gid) VALUES (?, ?)').run('transactions', 'ext:kept');
    const tables = ['transactions', 'work_entries', 'settings', 'sync_outbox', 'sync_state'];
    const rowsOf = (db: Database) => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
    const kept = rowsOf(old.db);
    old.db.close();

    const db = openDatabase(old.file, { migrations: migrations.slice(0, 15), now: testClock });
    cleanups.unshift(() => db.close());
    expect(userVersion(db)).toBe(15);
    expect(rowsOf(db)).toEqual(kept);
    expect(insertTriggers(db)).toHaveLength(SYNCED_TABLES.length);
    expect(insertTriggers(db).filter((sql) => !WHEN.test(sql))).toEqual([]);

    db.prepare('DELETE FROM transactions').run();
    db.prepare('DELETE FROM sync_outbox').run();
    expect(exercise(db)).toEqual(expected);
  });
});
