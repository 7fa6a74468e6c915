import type { Database } from 'better-sqlite3';
import type { Transaction, TransactionFields, TransactionKind, TransactionPage } from '@shared/domain/money';
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
}

export function insertTransaction(db: Database, t: NewTransaction): number {
  const info = prepared(
    db,
    `INSERT INTO transactions (id, occurred_at, amount_cents, kind, description, contract_id, external_id, group_id, source, created_at)
       VALUES (@id, @occurredAt, @amountCents, @kind, @description, @contractId, @externalId, @groupId, @source, @createdAt)`,
  ).run({ ...t, id: t.id ?? null });
  return Number(info.lastInsertRowid);
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

/** Which of these external ids are already stored (one query per 500 to stay under SQLite's variable limit). */
export function existingExternalIds(db: Database, ids: string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = prepared<string[], { external_id: string }>(
      db,
      `SELECT external_id FROM transactions WHERE external_id IN (${chunk.map(() => '?').join(', ')})`,
    ).all(...chunk);
    for (const r of rows) found.add(r.external_id);
  }
  return found;
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
