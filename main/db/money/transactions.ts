import type { Database } from 'better-sqlite3';
import type { Transaction, TransactionFields, TransactionKind, TransactionPage } from '@shared/domain/money';

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
  const info = db
    .prepare(
      `INSERT INTO transactions (id, occurred_at, amount_cents, kind, description, contract_id, external_id, group_id, source, created_at)
       VALUES (@id, @occurredAt, @amountCents, @kind, @description, @contractId, @externalId, @groupId, @source, @createdAt)`,
    )
    .run({ ...t, id: t.id ?? null });
  return Number(info.lastInsertRowid);
}

export function updateTransaction(db: Database, id: number, fields: TransactionFields): void {
  db.prepare(
    `UPDATE transactions SET occurred_at = @occurredAt, amount_cents = @amountCents, kind = @kind,
       description = @description, contract_id = @contractId WHERE id = @id`,
  ).run({ ...fields, id });
}

export function getTransaction(db: Database, id: number): Transaction | undefined {
  const row = db.prepare<[number], TransactionRow>(`${SELECT} WHERE t.id = ?`).get(id);
  return row && toTransaction(row);
}

export function deleteTransaction(db: Database, id: number): void {
  db.prepare('DELETE FROM transactions WHERE id = ?').run(id);
}

/** Which of these external ids are already stored (one query per 500 to stay under SQLite's variable limit). */
export function existingExternalIds(db: Database, ids: string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = db
      .prepare<string[], { external_id: string }>(
        `SELECT external_id FROM transactions WHERE external_id IN (${chunk.map(() => '?').join(', ')})`,
      )
      .all(...chunk);
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
  const total = db
    .prepare<[typeof params], { n: number }>(`SELECT count(*) AS n FROM transactions t ${whereSql}`)
    .get(params)!.n;
  const rows = db
    .prepare<[typeof params], TransactionRow>(
      `${SELECT} ${whereSql} ORDER BY t.occurred_at DESC, t.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: filter.limit, offset: filter.offset });
  return { rows: rows.map(toTransaction), total };
}

/** Every transaction, oldest first, for export. */
export function allTransactions(db: Database): Transaction[] {
  return db.prepare<[], TransactionRow>(`${SELECT} ORDER BY t.occurred_at, t.id`).all().map(toTransaction);
}
