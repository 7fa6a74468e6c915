import type { Database } from 'better-sqlite3';
import type { ImportResult, KindTotal, UpworkImportPreview } from '@shared/domain/imports';
import { TRANSACTION_KINDS } from '@shared/domain/money';
import { coverOf } from '@shared/money/cover';
import { insertImportedPurchases, type ImportedPurchase } from '../db/money/connects';
import { contractIdsForClient, contractsTitled } from '../db/money/contracts';
import {
  deleteTransaction,
  existingExternalIds,
  insertTransactions,
  type NewTransaction,
  weeklyEarnings,
  type WeeklyEarning,
} from '../db/money/transactions';
import { InputError } from '../core/errors';
import type { DomainContext } from '../core/handler-context';
import { rememberLast } from './last-parse';
import { parseUpworkCsv, type UpworkRow } from './upwork-csv';

// Preview and commit of an Upwork transaction history. The commit reads the same text again
// (reusing the preview's parse when it is the very text) rather than trusting anything the
// renderer kept, and plans again inside its transaction: what is written is what the preview showed.

const LISTED_ISSUES = 200;
const SAMPLE_ROWS = 20;

const history = rememberLast(parseUpworkCsv);

interface Plan {
  parse: ReturnType<typeof parseUpworkCsv>;
  fresh: UpworkRow[];
  duplicates: Set<string>;
  /** The contract of each new row (null: none found). */
  contractOf: Map<UpworkRow, number | null>;
  /** Weekly Summary amounts counted so far that the new rows pay for themselves (docs/money.md). */
  replaced: WeeklyEarning[];
}

function plan(db: Database, text: string): Plan {
  const parse = history.read(text);
  const duplicates = existingExternalIds(
    db,
    parse.rows.map((r) => r.externalId),
  );
  const fresh = parse.rows.filter((r) => !duplicates.has(r.externalId));
  const find = contractFinder(db);
  const contractOf = new Map(fresh.map((r) => [r, find(r)]));
  const paid = fresh.filter((r) => r.workWeek !== null && r.kind !== 'service_fee');
  let replaced: WeeklyEarning[] = [];
  if (paid.length) {
    const weeks = paid.map((r) => r.workWeek!).sort();
    const covers = coverOf(paid.map((r) => ({ contract: keyOf(contractOf.get(r)!), week: r.workWeek! })));
    replaced = weeklyEarnings(db, weeks[0]!, weeks.at(-1)!).filter((w) => covers(keyOf(w.contractId), w.week));
  }
  return { parse, fresh, duplicates, contractOf, replaced };
}

const keyOf = (contractId: number | null) => (contractId === null ? null : String(contractId));

export function previewUpworkImport({ db }: DomainContext, text: string): UpworkImportPreview {
  const { parse, fresh, duplicates, replaced } = plan(db, text);
  const totals: KindTotal[] = TRANSACTION_KINDS.map((kind) => ({ kind, count: 0, amountCents: 0 }));
  const byKind = new Map(totals.map((t) => [t.kind, t]));
  for (const row of fresh) {
    const total = byKind.get(row.kind)!;
    total.count++;
    total.amountCents += row.amountCents;
  }
  const dates = fresh.map((r) => r.occurredAt).sort();
  return {
    layout: parse.layout,
    rowCount: parse.rowCount,
    newCount: fresh.length,
    duplicateCount: parse.rows.length - fresh.length,
    totals: totals.filter((t) => t.count > 0),
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    rejected: parse.issues.slice(0, LISTED_ISSUES),
    rejectedCount: parse.issues.length,
    sample: parse.rows.slice(0, SAMPLE_ROWS).map((r) => ({
      line: r.line,
      occurredAt: r.occurredAt,
      kind: r.kind,
      amountCents: r.amountCents,
      description: r.description,
      duplicate: duplicates.has(r.externalId),
    })),
    replacesWeekly: { rows: replaced.length, amountCents: replaced.reduce((sum, w) => sum + w.amountCents, 0) },
    canCommit: parse.issues.length === 0 && fresh.length > 0,
  };
}

/**
 * A row is linked to the one contract with the title it names (a contract made by a Weekly
 * Summary import has no client yet), else to the one contract of the client's team, so the
 * contract's earnings fill in. With two or more candidates it is left for the user.
 */
function contractFinder(db: Database): (row: UpworkRow) => number | null {
  const byTitle = new Map<string, number | null>();
  const byTeam = new Map<string, number | null>();
  const only = (ids: number[]) => (ids.length === 1 ? ids[0]! : null);
  return ({ contractRef, team }) => {
    if (contractRef) {
      if (!byTitle.has(contractRef))
        byTitle.set(contractRef, only(contractsTitled(db, contractRef, 2).map((c) => c.id)));
      const id = byTitle.get(contractRef)!;
      if (id !== null) return id;
    }
    if (!team) return null;
    const name = team.trim();
    if (!byTeam.has(name)) byTeam.set(name, only(contractIdsForClient(db, name, 2)));
    return byTeam.get(name)!;
  };
}

/** All or nothing: a single rejected row refuses the whole file, and the inserts share one transaction. */
export function commitUpworkImport({ db, now: clock }: DomainContext, text: string): ImportResult {
  const now = clock().toISOString();
  const result = db.transaction(() => {
    const { parse, fresh, contractOf, replaced } = plan(db, text);
    if (parse.issues.length) {
      const first = parse.issues[0]!;
      throw InputError.field('text', 'validation.importRejected', `Line ${first.line}: ${first.message}`, {
        count: parse.issues.length,
        line: first.line,
      });
    }
    // Written a chunk at a time (db/bulk.ts): a statement per row was most of a large file's commit.
    const rows: NewTransaction[] = [];
    const purchases: ImportedPurchase[] = [];
    for (const row of fresh) {
      rows.push({
        occurredAt: row.occurredAt,
        amountCents: row.amountCents,
        kind: row.kind,
        description: row.description,
        contractId: contractOf.get(row)!,
        externalId: row.externalId,
        groupId: row.groupId,
        source: 'upwork_csv',
        createdAt: now,
        workWeek: row.workWeek,
        contractRef: row.contractRef,
      });
      // A Connects purchase is money out and Connects in: the ledger entry goes with its transaction.
      if (row.kind === 'connects_purchase' && row.connects && row.amountCents < 0) {
        purchases.push({
          transactionExternalId: row.externalId,
          occurredAt: row.occurredAt,
          connects: row.connects,
          costCents: -row.amountCents,
          note: row.description,
          createdAt: now,
        });
      }
    }
    insertTransactions(db, rows);
    insertImportedPurchases(db, purchases);
    // The history is the truth for money: a Weekly Summary amount of a week it now pays goes.
    for (const earning of replaced) deleteTransaction(db, earning.id);
    return { added: fresh.length, duplicates: parse.rows.length - fresh.length };
  })();
  history.forget();
  return result;
}
