import type { Database } from 'better-sqlite3';
import type { ConnectsEntry, ConnectsEntryKind, ConnectsLedger, ConnectsLedgerKind } from '@shared/domain/money';
import { resolveTimeZone } from '@shared/metrics/weeks';
import { freeConnectsGranted, type FreeConnects } from '@shared/money/free-connects';
import { connectsSpentEver } from '../dashboard/sent-buckets';
import { getSettings } from '../settings/settings';
import { chunkValues, insertInChunks } from '../bulk';
import { prepared } from '../statements';

// The Connects ledger: stored entries (purchases, grants, refunds, adjustments) and, through the
// connects_entries view, the spends and boosts read straight from proposals.

interface EntryRow {
  key: string;
  entry_id: number | null;
  proposal_id: number | null;
  occurred_at: string;
  kind: ConnectsLedgerKind;
  connects: number;
  cost_cents: number | null;
  note: string | null;
  from_transaction: 0 | 1;
}

function toEntry(row: EntryRow): ConnectsEntry {
  return {
    key: row.key,
    entryId: row.entry_id,
    proposalId: row.proposal_id,
    occurredAt: row.occurred_at,
    kind: row.kind,
    connects: row.connects,
    costCents: row.cost_cents,
    note: row.note,
    fromTransaction: row.from_transaction === 1,
  };
}

export interface NewConnectsEntry {
  id?: number;
  occurredAt: string;
  kind: ConnectsEntryKind;
  connects: number;
  costCents: number | null;
  note: string | null;
  transactionId: number | null;
  createdAt: string;
}

export function insertConnectsEntry(db: Database, entry: NewConnectsEntry): number {
  const info = prepared(
    db,
    `INSERT INTO connects_ledger (id, occurred_at, kind, connects, cost_cents, note, transaction_id, created_at)
       VALUES (@id, @occurredAt, @kind, @connects, @costCents, @note, @transactionId, @createdAt)`,
  ).run({ ...entry, id: entry.id ?? null });
  return Number(info.lastInsertRowid);
}

/** A Connects purchase an imported transaction made, found by that transaction's external id. */
export interface ImportedPurchase {
  transactionExternalId: string;
  occurredAt: string;
  connects: number;
  costCents: number;
  note: string | null;
  createdAt: string;
}

/** The ledger entries of an import's Connects purchases, a chunk per statement, after their transactions. */
export function insertImportedPurchases(db: Database, purchases: readonly ImportedPurchase[]): void {
  insertInChunks(
    db,
    (n) => `INSERT INTO connects_ledger (occurred_at, kind, connects, cost_cents, note, transaction_id, created_at)
       SELECT column1, column2, column3, column4, column5,
              (SELECT t.id FROM transactions t WHERE t.external_id = column6), column7
         FROM ${chunkValues(7, n)}`,
    purchases,
    (p) => [p.occurredAt, 'purchase', p.connects, p.costCents, p.note, p.transactionExternalId, p.createdAt],
  );
}

export type StoredConnectsEntry = NewConnectsEntry & { id: number };

const SELECT_STORED = `SELECT id, occurred_at AS occurredAt, kind, connects, cost_cents AS costCents, note,
              transaction_id AS transactionId, created_at AS createdAt
       FROM connects_ledger`;

export function getConnectsEntry(db: Database, id: number): StoredConnectsEntry | undefined {
  return prepared<[number], StoredConnectsEntry>(db, `${SELECT_STORED} WHERE id = ?`).get(id);
}

/** The purchase that came with an imported transaction, if any. */
export function connectsEntryOfTransaction(db: Database, transactionId: number): StoredConnectsEntry | undefined {
  return prepared<[number], StoredConnectsEntry>(db, `${SELECT_STORED} WHERE transaction_id = ?`).get(transactionId);
}

export function deleteConnectsEntry(db: Database, id: number): void {
  prepared(db, 'DELETE FROM connects_ledger WHERE id = ?').run(id);
}

/** When the user's Connects history starts: the first proposal or ledger entry, whichever is older. */
function firstEntryAt(db: Database): string | null {
  // Both minima are read off an index (proposals_weekly starts with sent_at; connects_ledger_occurred_at).
  return prepared<[], { at: string | null }>(
    db,
    `SELECT min(at) AS at FROM (SELECT min(sent_at) AS at FROM proposals
                                UNION ALL SELECT min(occurred_at) FROM connects_ledger)`,
  ).get()!.at;
}

/** The plan's free Connects credited up to `at` (computed, not stored: shared/money/free-connects.ts). */
export function freeConnectsUpTo(db: Database, at: Date): FreeConnects {
  const { timeZone, monthlyFreeConnects } = getSettings(db);
  return freeConnectsGranted(firstEntryAt(db), at, resolveTimeZone(timeZone), monthlyFreeConnects);
}

/**
 * The balance now: every ledger entry and the plan's free Connects so far, less every proposal's
 * Connects. The proposals' share is the total the dashboard's triggers keep (sent-buckets.ts), so
 * the dashboard, which shows it, does not pay a pass over every proposal.
 */
export function connectsBalance(db: Database, now: Date): number {
  const ledger = prepared<[], { n: number }>(db, 'SELECT coalesce(sum(connects), 0) AS n FROM connects_ledger').get()!
    .n;
  return ledger + freeConnectsUpTo(db, now).connects - connectsSpentEver(db);
}

/**
 * The balance as it stood at `at` (what had happened by then). A pass over the proposals: for
 * tests and checks, not for a screen.
 */
export function connectsBalanceAt(db: Database, at: Date): number {
  const stamp = at.toISOString();
  const { n } = prepared<[string, string], { n: number }>(
    db,
    `SELECT (SELECT coalesce(sum(connects), 0) FROM connects_ledger WHERE occurred_at <= ?)
          - (SELECT coalesce(sum(connects_spent + boost_connects), 0) FROM proposals WHERE sent_at <= ?) AS n`,
  ).get(stamp, stamp)!;
  return n + freeConnectsUpTo(db, at).connects;
}

const SELECT_LEDGER = `SELECT e.*, l.transaction_id IS NOT NULL AS from_transaction
       FROM connects_entries e LEFT JOIN connects_ledger l ON l.id = e.entry_id`;

/** One stored entry as the ledger shows it. */
export function ledgerEntry(db: Database, entryId: number): ConnectsEntry | undefined {
  const row = prepared<[number], EntryRow>(db, `${SELECT_LEDGER} WHERE e.entry_id = ?`).get(entryId);
  return row && toEntry(row);
}

export function connectsLedger(db: Database, offset: number, limit: number, now: Date): ConnectsLedger {
  const total = prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM connects_entries').get()!.n;
  const rows = prepared<[number, number], EntryRow>(
    db,
    `${SELECT_LEDGER} ORDER BY e.occurred_at DESC, e.key DESC LIMIT ? OFFSET ?`,
  ).all(limit, offset);
  const free = freeConnectsUpTo(db, now);
  return {
    balance: connectsBalance(db, now),
    free: { connects: free.connects, since: free.since, perMonth: getSettings(db).monthlyFreeConnects },
    entries: rows.map(toEntry),
    total,
  };
}
