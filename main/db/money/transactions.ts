import type { Database } from 'better-sqlite3';
import type { Transaction, TransactionFields, TransactionKind, TransactionPage } from '@shared/domain/money';
import { WEEKLY_PREFIX } from '@shared/domain/imports';
import { chunkInsert, insertInChunks } from '../bulk';
import { prepared } from '../statements';

// Queries for transactions. Callers wrap multi-statement changes in db.transaction.

interface TransactionRow {
  id: number;
  occurred_at: string;
  amount_cents: number;
  kind: TransactionKind;
  description: string | null;
  contract_id: number | null;
  external_id: string | null;
  group_id: string | null;
  source: 'manual' | 'upwork_csv';
  created_at: string;
  contract_title: string | null;
}

const SELECT = `
  SELECT t.*, c.title AS contract_title
  FROM transactions t LEFT JOIN contracts c ON c.id = t.contract_id`;

function toTransaction(row: TransactionRow): Transaction {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    amountCents: row.amount_cents,
    kind: row.kind,
    description: row.description,
    contractId: row.contract_id,
    externalId: row.external_id,
    groupId: row.group_id,
    source: row.source,
    createdAt: row.created_at,
    contractTitle: row.contract_title,
  };
}

export interface NewTransaction extends TransactionFields {
  id?: number;
  externalId: string | null;
  groupId: string | null;
  source: 'manual' | 'upwork_csv';
  createdAt: string;
  /** Monday of the Upwork week an imported earning pays for (null: the week it occurred in). */
  workWeek?: string | null;
  /** The contract's title as an imported row names it. */
  contractRef?: string | null;
}

const TRANSACTION_COLUMNS = [
  'occurred_at',
  'amount_cents',
  'kind',
  'description',
  'contract_id',
  'external_id',
  'group_id',
  'source',
  'created_at',
  'work_week',
  'contract_ref',
] as const;

/** A new transaction's values, in the order of TRANSACTION_COLUMNS. */
function transactionValues(t: Omit<NewTransaction, 'id'>) {
  return [
    t.occurredAt,
    t.amountCents,
    t.kind,
    t.description,
    t.contractId,
    t.externalId,
    t.groupId,
    t.source,
    t.createdAt,
    t.workWeek ?? null,
    t.contractRef ?? null,
  ];
}

export function insertTransaction(db: Database, t: NewTransaction): number {
  const info = prepared(
    db,
    `INSERT INTO transactions (id, ${TRANSACTION_COLUMNS.join(', ')})
       VALUES (?, ${TRANSACTION_COLUMNS.map(() => '?').join(', ')})`,
  ).run(t.id ?? null, ...transactionValues(t));
  return Number(info.lastInsertRowid);
}

/** An import's rows, in order, a chunk of them per statement; ids are the database's own. */
export function insertTransactions(db: Database, rows: readonly Omit<NewTransaction, 'id'>[]): void {
  insertInChunks(db, (n) => chunkInsert('transactions', TRANSACTION_COLUMNS, n), rows, transactionValues);
}

export function updateTransaction(db: Database, id: number, fields: TransactionFields): void {
  prepared(
    db,
    `UPDATE transactions SET occurred_at = @occurredAt, amount_cents = @amountCents, kind = @kind,
       description = @description, contract_id = @contractId WHERE id = @id`,
  ).run({ ...fields, id });
}

export function getTransaction(db: Database, id: number): Transaction | undefined {
  const row = prepared<[number], TransactionRow>(db, `${SELECT} WHERE t.id = ?`).get(id);
  return row && toTransaction(row);
}

/** What a row holds beyond its listed fields, for the Undo of its delete. */
export function transactionUndoFields(
  db: Database,
  id: number,
): { workWeek: string | null; contractRef: string | null } {
  return (
    prepared<[number], { workWeek: string | null; contractRef: string | null }>(
      db,
      'SELECT work_week AS workWeek, contract_ref AS contractRef FROM transactions WHERE id = ?',
    ).get(id) ?? { workWeek: null, contractRef: null }
  );
}

export function deleteTransaction(db: Database, id: number): void {
  prepared(db, 'DELETE FROM transactions WHERE id = ?').run(id);
}

/** The transactions linked to a contract, by id (what its Undo links back). */
export function transactionIdsOfContract(db: Database, contractId: number): number[] {
  return prepared<[number], { id: number }>(db, 'SELECT id FROM transactions WHERE contract_id = ? ORDER BY id')
    .all(contractId)
    .map((r) => r.id);
}

/** Links transactions back to a restored contract, each only if nothing else claimed it meanwhile. */
export function relinkTransactions(db: Database, contractId: number, transactionIds: readonly number[]): void {
  const relink = prepared(db, 'UPDATE transactions SET contract_id = ? WHERE id = ? AND contract_id IS NULL');
  for (const transactionId of transactionIds) relink.run(contractId, transactionId);
}

export function isExternalIdStored(db: Database, externalId: string): boolean {
  return prepared(db, 'SELECT 1 FROM transactions WHERE external_id = ?').get(externalId) !== undefined;
}

/** Which of these external ids are already stored: one query, the ids passed as one JSON array. */
export function existingExternalIds(db: Database, ids: string[]): Set<string> {
  const rows = prepared<[string], { external_id: string }>(
    db,
    // One look-up in the unique index per id: 'external_id IN (SELECT value FROM json_each(?))'
    // first sorted all of a 100,000-row file's ids into a temporary b-tree (3 to 4 times as long).
    'SELECT t.external_id FROM json_each(?) AS ids JOIN transactions t ON t.external_id = ids.value',
  ).all(JSON.stringify(ids));
  return new Set(rows.map((r) => r.external_id));
}

/** An earning's week as stored, or (manual rows) the Monday of the UTC day it occurred on. */
const WEEK_OF = `coalesce(t.work_week, date(t.occurred_at, 'weekday 0', '-6 days'))`;
const EARNING_KIND_LIST = "('hourly', 'fixed_price', 'bonus', 'refund')";
const IS_WEEKLY = `t.external_id LIKE '${WEEKLY_PREFIX}%'`;

export interface EarningWeek {
  contractId: number | null;
  contractRef: string | null;
  week: string;
}

/** Which contracts and weeks in [fromWeek, toWeek] earnings other than Weekly Summary amounts pay for. */
export function paidWeeks(db: Database, fromWeek: string, toWeek: string): EarningWeek[] {
  return prepared<[string, string], EarningWeek>(
    db,
    `SELECT DISTINCT t.contract_id AS contractId, t.contract_ref AS contractRef, ${WEEK_OF} AS week
       FROM transactions t
      WHERE t.kind IN ${EARNING_KIND_LIST} AND NOT coalesce(${IS_WEEKLY}, 0) AND ${WEEK_OF} BETWEEN ? AND ?`,
  ).all(fromWeek, toWeek);
}

export interface WeeklyEarning {
  id: number;
  contractId: number | null;
  week: string;
  amountCents: number;
}

/** The Weekly Summary amounts counted as earnings for weeks in [fromWeek, toWeek]. */
export function weeklyEarnings(db: Database, fromWeek: string, toWeek: string): WeeklyEarning[] {
  return prepared<[string, string], WeeklyEarning>(
    db,
    `SELECT t.id, t.contract_id AS contractId, t.work_week AS week, t.amount_cents AS amountCents
       FROM transactions t WHERE ${IS_WEEKLY} AND t.work_week BETWEEN ? AND ?`,
  ).all(fromWeek, toWeek);
}

/** Links the history's rows naming this contract (by title, case aside) that no contract claims yet. */
export function linkTransactionsByRef(db: Database, contractRef: string, contractId: number): void {
  prepared(
    db,
    'UPDATE transactions SET contract_id = ? WHERE contract_id IS NULL AND contract_ref = ? COLLATE NOCASE',
  ).run(contractId, contractRef);
}

export interface TransactionFilter {
  kind: TransactionKind | null;
  contractId: number | null;
  offset: number;
  limit: number;
}

export function listTransactions(db: Database, filter: TransactionFilter): TransactionPage {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.kind) {
    where.push('t.kind = @kind');
    params.kind = filter.kind;
  }
  if (filter.contractId !== null) {
    where.push('t.contract_id = @contractId');
    params.contractId = filter.contractId;
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = prepared<[typeof params], { n: number }>(
    db,
    `SELECT count(*) AS n FROM transactions t ${whereSql}`,
  ).get(params)!.n;
  const rows = prepared<[typeof params], TransactionRow>(
    db,
    `${SELECT} ${whereSql} ORDER BY t.occurred_at DESC, t.id DESC LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: filter.limit, offset: filter.offset });
  return { rows: rows.map(toTransaction), total };
}

/** Every transaction, oldest first, for export. */
export function allTransactions(db: Database): Transaction[] {
  return prepared<[], TransactionRow>(db, `${SELECT} ORDER BY t.occurred_at, t.id`).all().map(toTransaction);
}
