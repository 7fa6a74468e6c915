import type { Database } from 'better-sqlite3';
import type { Contract, ContractFields, ContractStatus, ContractType } from '@shared/domain/money';
import { EARNING_KINDS } from '@shared/domain/money';
import { prepared } from '../statements';

// Queries for contracts. Callers wrap multi-statement changes in db.transaction.

interface ContractRow {
  id: number;
  proposal_id: number | null;
  client_name: string;
  title: string;
  contract_type: ContractType;
  rate_cents: number | null;
  started_at: string;
  ended_at: string | null;
  status: ContractStatus;
  feedback_given: number | null;
  feedback_received: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  earned_cents: number;
  transaction_count: number;
  upwork_id: string | null;
  work_seconds: number;
}

const EARNING_LIST = EARNING_KINDS.map((k) => `'${k}'`).join(', ');

const SELECT = `
  SELECT c.*,
         coalesce((SELECT sum(amount_cents) FROM transactions t
                   WHERE t.contract_id = c.id AND t.kind IN (${EARNING_LIST})), 0) AS earned_cents,
         (SELECT count(*) FROM transactions t WHERE t.contract_id = c.id) AS transaction_count,
         coalesce((SELECT sum(w.seconds) FROM work_entries w WHERE w.contract_id = c.id), 0) AS work_seconds
  FROM contracts c`;

function toContract(row: ContractRow): Contract {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    clientName: row.client_name,
    title: row.title,
    contractType: row.contract_type,
    rateCents: row.rate_cents,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    status: row.status,
    feedbackGiven: row.feedback_given,
    feedbackReceived: row.feedback_received,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    earnedCents: row.earned_cents,
    transactionCount: row.transaction_count,
    upworkId: row.upwork_id,
    workSeconds: row.work_seconds,
  };
}

function params(fields: ContractFields) {
  return {
    proposal_id: fields.proposalId,
    client_name: fields.clientName,
    title: fields.title,
    contract_type: fields.contractType,
    rate_cents: fields.rateCents,
    started_at: fields.startedAt,
    ended_at: fields.endedAt,
    status: fields.status,
    feedback_given: fields.feedbackGiven,
    feedback_received: fields.feedbackReceived,
    notes: fields.notes,
  };
}

const COLUMNS = Object.keys(params({} as ContractFields));

/** `id` is given only to put a deleted contract back (undo). */
export function insertContract(db: Database, fields: ContractFields, now: string, id?: number): number {
  const columns = ['id', ...COLUMNS, 'created_at', 'updated_at'];
  const info = prepared(
    db,
    `INSERT INTO contracts (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  ).run({ id: id ?? null, ...params(fields), created_at: now, updated_at: now });
  return Number(info.lastInsertRowid);
}

export function updateContract(db: Database, id: number, fields: ContractFields, now: string): void {
  const assignments = COLUMNS.map((c) => `${c} = @${c}`).join(', ');
  prepared(db, `UPDATE contracts SET ${assignments}, updated_at = @updated_at WHERE id = @id`).run({
    ...params(fields),
    updated_at: now,
    id,
  });
}

export function getContract(db: Database, id: number): Contract | undefined {
  const row = prepared<[number], ContractRow>(db, `${SELECT} WHERE c.id = ?`).get(id);
  return row && toContract(row);
}

export function contractForProposal(db: Database, proposalId: number): Contract | undefined {
  const row = prepared<[number], ContractRow>(db, `${SELECT} WHERE c.proposal_id = ?`).get(proposalId);
  return row && toContract(row);
}

/** Active first, then the most recently started. */
export function listContracts(db: Database): Contract[] {
  return prepared<[], ContractRow>(db, `${SELECT} ORDER BY c.status = 'ended', c.started_at DESC, c.id DESC`)
    .all()
    .map(toContract);
}

/** Links a contract back to the proposal it came from (undo of the proposal's delete), unless it is linked elsewhere now. */
export function relinkContract(db: Database, contractId: number, proposalId: number): void {
  prepared(db, 'UPDATE contracts SET proposal_id = ? WHERE id = ? AND proposal_id IS NULL').run(proposalId, contractId);
}

/** Contracts with this client (case aside), at most `limit`: an import links a row only to a client's one contract. */
export function contractIdsForClient(db: Database, clientName: string, limit: number): number[] {
  return prepared<[string, number], { id: number }>(
    db,
    'SELECT id FROM contracts WHERE client_name = ? COLLATE NOCASE LIMIT ?',
  )
    .all(clientName, limit)
    .map((r) => r.id);
}

export interface ContractRef {
  id: number;
  title: string;
  upworkId: string | null;
}

/** The contract with this Upwork contract id. */
export function contractByUpworkId(db: Database, upworkId: string): ContractRef | undefined {
  return prepared<[string], ContractRef>(
    db,
    'SELECT id, title, upwork_id AS upworkId FROM contracts WHERE upwork_id = ?',
  ).get(upworkId);
}

/** Contracts with this title (case aside), at most `limit`. */
export function contractsTitled(db: Database, title: string, limit: number): ContractRef[] {
  return prepared<[string, number], ContractRef>(
    db,
    'SELECT id, title, upwork_id AS upworkId FROM contracts WHERE title = ? COLLATE NOCASE ORDER BY id LIMIT ?',
  ).all(title, limit);
}

/** Records a contract's Upwork id (an import found it by title, or Undo puts it back). */
export function setContractUpworkId(db: Database, id: number, upworkId: string): void {
  prepared(db, 'UPDATE contracts SET upwork_id = ? WHERE id = ?').run(upworkId, id);
}

export function deleteContract(db: Database, id: number): void {
  prepared(db, 'DELETE FROM contracts WHERE id = ?').run(id);
}
