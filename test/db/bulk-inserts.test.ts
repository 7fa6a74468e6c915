import { afterEach, describe, expect, it } from 'vitest';
import { BULK_CHUNK } from '@main/db/bulk';
import { insertWorkEntries, type NewWorkEntry } from '@main/db/money/work-entries';
import { insertTransactions, type NewTransaction } from '@main/db/money/transactions';
import { openTempDb } from '../support/temp-db';

// The chunked writers imports use (main/db/bulk.ts), on a real SQLite file: every row, in order
// (work entries in the order of their keys), across chunk edges, with SQLite's types as the
// row-by-row inserts stored them (an integer stays INTEGER, null stays NULL, text with quotes,
// backslashes and non-Latin letters survives binding),
// and the insert triggers still name each row for sync.

let cleanup = () => {};
afterEach(() => cleanup());

function tempDb() {
  const temp = openTempDb();
  cleanup = temp.cleanup;
  return temp.db;
}

const ODD_TEXT = ['Logo "v2" \\ redesign', '网站 重做', "O'Brien’s shop", ''];
const COUNT = BULK_CHUNK * 2 + 1;

describe('chunked inserts', () => {
  it('write every work entry in the order of its key, across chunk edges, with their types', () => {
    const db = tempDb();
    const entries: NewWorkEntry[] = Array.from({ length: COUNT }, (_, i) => ({
      upworkContractId: `${ODD_TEXT[i % ODD_TEXT.length]}${i % 7}`,
      contractId: null as unknown as number,
      day: `2024-0${1 + (i % 9)}-1${i % 10}`,
      seconds: i % 5 === 0 ? null : i * 36,
      amountCents: i % 3 === 0 ? -(i + 1) : i * 100,
      payment: i % 11 === 0 ? 'bonus' : 'hourly',
      externalId: `weekly:${i}`,
      createdAt: '2026-11-20T10:00:00.000Z',
    }));
    insertWorkEntries(db, entries);
    // In the order of their external ids (bulk.ts: inKeyOrder), not the file's: weekly:10 before weekly:2.
    const inOrder = [...entries].sort((a, b) => (a.externalId < b.externalId ? -1 : 1));
    expect(inOrder[2]!.externalId).toBe('weekly:10');
    const stored = db
      .prepare(
        `SELECT upwork_contract_id AS upworkContractId, contract_id AS contractId, day, seconds,
                amount_cents AS amountCents, payment, external_id AS externalId, created_at AS createdAt,
                typeof(seconds) AS secondsType, gid
           FROM work_entries ORDER BY id`,
      )
      .all() as (NewWorkEntry & { secondsType: string; gid: string })[];
    expect(stored.map(({ secondsType: _, gid: __, ...entry }) => entry)).toEqual(inOrder);
    expect(stored.map((r) => r.secondsType)).toEqual(inOrder.map((e) => (e.seconds === null ? 'null' : 'integer')));
    expect(stored.map((r) => r.gid)).toEqual(inOrder.map((e) => `ext:${e.externalId}`));
  });

  it('write every transaction in order, and refuse a chunk whose row breaks a constraint, whole', () => {
    const db = tempDb();
    const rows: Omit<NewTransaction, 'id'>[] = Array.from({ length: COUNT }, (_, i) => ({
      occurredAt: `2024-01-01T0${i % 10}:00:00.000Z`,
      amountCents: i - 500,
      kind: i % 2 ? 'hourly' : 'service_fee',
      description: i % 4 === 0 ? null : ODD_TEXT[i % ODD_TEXT.length]!,
      contractId: null,
      externalId: `upwork:${i}:${i % 2 ? 'hourly' : 'service_fee'}`,
      groupId: String(i >> 1),
      source: 'upwork_csv',
      createdAt: '2026-11-20T10:00:00.000Z',
      workWeek: i % 2 ? '2024-01-01' : null,
      contractRef: i % 3 === 0 ? null : `Contract ${i % 3}`,
    }));
    insertTransactions(db, rows);
    const stored = db
      .prepare(
        `SELECT occurred_at AS occurredAt, amount_cents AS amountCents, kind, description, contract_id AS contractId,
                external_id AS externalId, group_id AS groupId, source, created_at AS createdAt,
                work_week AS workWeek, contract_ref AS contractRef
           FROM transactions ORDER BY id`,
      )
      .all();
    expect(stored).toEqual(rows);
    // Each named after its external id, as the insert trigger names a transaction written alone.
    const gids = db.prepare('SELECT gid FROM transactions ORDER BY id').pluck().all();
    expect(gids).toEqual(rows.map((r) => `ext:${r.externalId}`));

    // The same external id again: the unique key refuses it, and the caller's transaction rolls back.
    const again = rows.slice(0, 3).map((r, i) => ({ ...r, externalId: i === 2 ? rows[0]!.externalId : `new:${i}` }));
    expect(() => db.transaction(() => insertTransactions(db, again))()).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: COUNT });
  });
});
