import type { Database } from 'better-sqlite3';
import type { ImportResult, KindTotal, UpworkImportPreview } from '@shared/domain/imports';
import { TRANSACTION_KINDS } from '@shared/domain/money';
import { insertConnectsEntry } from '../db/money/connects';
import { contractIdsForClient } from '../db/money/contracts';
import { existingExternalIds, insertTransaction } from '../db/money/transactions';
import { InputError } from '../core/errors';
import type { DomainContext } from '../core/handler-context';
import { parseUpworkCsv, type UpworkRow } from './upwork-csv';

// Preview and commit of an Upwork transaction history. The commit re-reads the same text rather
// than trusting anything the renderer kept: what is written is exactly what the preview showed.

const LISTED_ISSUES = 200;
const SAMPLE_ROWS = 20;

interface Plan {
  parse: ReturnType<typeof parseUpworkCsv>;
  fresh: UpworkRow[];
  duplicates: Set<string>;
}

function plan(db: Database, text: string): Plan {
  const parse = parseUpworkCsv(text);
  const duplicates = existingExternalIds(
    db,
    parse.rows.map((r) => r.externalId),
  );
  return { parse, fresh: parse.rows.filter((r) => !duplicates.has(r.externalId)), duplicates };
}

export function previewUpworkImport({ db }: DomainContext, text: string): UpworkImportPreview {
  const { parse, fresh, duplicates } = plan(db, text);
  const totals: KindTotal[] = TRANSACTION_KINDS.map((kind) => {
    const rows = fresh.filter((r) => r.kind === kind);
    return { kind, count: rows.length, amountCents: rows.reduce((sum, r) => sum + r.amountCents, 0) };
  }).filter((t) => t.count > 0);
  const dates = fresh.map((r) => r.occurredAt).sort();
  return {
    layout: parse.layout,
    rowCount: parse.rowCount,
    newCount: fresh.length,
    duplicateCount: parse.rows.length - fresh.length,
    totals,
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
    canCommit: parse.issues.length === 0 && fresh.length > 0,
  };
}

/**
 * Upwork names the client's team on each row. When exactly one contract has that client, the row
 * is linked to it, so the contract's earnings fill in; with two or more it is left for the user.
 */
function contractFinder(db: Database): (team: string | null) => number | null {
  return (team) => {
    if (!team) return null;
    const matches = contractIdsForClient(db, team.trim(), 2);
    return matches.length === 1 ? matches[0]! : null;
  };
}

/** All or nothing: a single rejected row refuses the whole file, and the inserts share one transaction. */
export function commitUpworkImport({ db, now: clock }: DomainContext, text: string): ImportResult {
  const now = clock().toISOString();
  return db.transaction(() => {
    const { parse, fresh } = plan(db, text);
    if (parse.issues.length) {
      const first = parse.issues[0]!;
      throw InputError.field('text', 'validation.importRejected', `Line ${first.line}: ${first.message}`, {
        count: parse.issues.length,
        line: first.line,
      });
    }
    const contractOf = contractFinder(db);
    for (const row of fresh) {
      const id = insertTransaction(db, {
        occurredAt: row.occurredAt,
        amountCents: row.amountCents,
        kind: row.kind,
        description: row.description,
        contractId: contractOf(row.team),
        externalId: row.externalId,
        groupId: row.groupId,
        source: 'upwork_csv',
        createdAt: now,
      });
      // A Connects purchase is money out and Connects in: the ledger entry goes with its transaction.
      if (row.kind === 'connects_purchase' && row.connects && row.amountCents < 0) {
        insertConnectsEntry(db, {
          occurredAt: row.occurredAt,
          kind: 'purchase',
          connects: row.connects,
          costCents: -row.amountCents,
          note: row.description,
          transactionId: id,
          createdAt: now,
        });
      }
    }
    return { added: fresh.length, duplicates: parse.rows.length - fresh.length };
  })();
}
