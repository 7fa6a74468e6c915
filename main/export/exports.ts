import type { Database } from 'better-sqlite3';
import Papa from 'papaparse';
import type { ExportFile } from '@shared/domain/export';
import { allTables, proposalExportRows } from '../db/export/tables';
import { allTransactions } from '../db/money/transactions';
import { userVersion } from '../db/migrate';

// Exports: proposals and transactions as CSV for spreadsheets, everything as JSON.

/**
 * A cell starting with = + @ (or - followed by anything but a number) is run as a formula by
 * spreadsheet apps: a job title like "=HYPERLINK(...)" copied from a post must stay text.
 * Papaparse prefixes such cells with a quote; plain negative amounts are left as numbers.
 */
const FORMULA = /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/;

function csv(rows: Record<string, unknown>[], columns: string[]): string {
  // CRLF and a BOM: what Excel needs to read UTF-8 names right.
  return `\uFEFF${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;
}

const dollars = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2));

function stamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function exportProposalsCsv(db: Database, now: Date): ExportFile {
  const rows = proposalExportRows(db).map((r) => ({
    ...r,
    bid: dollars(r.bid_cents),
    client_total_spent: dollars(r.client_total_spent_cents),
    hourly_min: dollars(r.hourly_min_cents),
    hourly_max: dollars(r.hourly_max_cents),
    fixed_budget: dollars(r.fixed_budget_cents),
  }));
  const columns = [
    'id',
    'sent_at',
    'profile',
    'job_title',
    'job_url',
    'category',
    'skills',
    'job_type',
    'bid',
    'connects_spent',
    'boost_connects',
    'source',
    'status',
    'status_at',
    'client_country',
    'client_payment_verified',
    'client_hire_rate',
    'client_total_spent',
    'client_rating',
    'proposals_band',
    'minutes_after_posting',
    'notes',
    // Read from a pasted job post (migration 12): after the older columns, so a sheet built on those still lines up.
    'experience_level',
    'project_length',
    'client_review_count',
    'client_jobs_posted',
    'client_open_jobs',
    'client_hires',
    'client_member_since',
    // Migration 14, after 12's for the same reason; the job id is in job_url (https://www.upwork.com/jobs/~<id>).
    'hourly_min',
    'hourly_max',
    'fixed_budget',
    'project_type',
    'connects_required',
    'client_active_hires',
  ];
  return { fileName: `bidwell-proposals-${stamp(now)}.csv`, mimeType: 'text/csv', text: csv(rows, columns) };
}

export function exportTransactionsCsv(db: Database, now: Date): ExportFile {
  const rows = allTransactions(db).map((t) => ({
    id: t.id,
    date: t.occurredAt,
    kind: t.kind,
    amount: dollars(t.amountCents),
    description: t.description,
    contract: t.contractTitle,
    upwork_transaction_id: t.groupId,
    source: t.source,
  }));
  const columns = ['id', 'date', 'kind', 'amount', 'description', 'contract', 'upwork_transaction_id', 'source'];
  return { fileName: `bidwell-transactions-${stamp(now)}.csv`, mimeType: 'text/csv', text: csv(rows, columns) };
}

/** Every table, every row, as stored (cents, ISO instants), with the schema version to read it by. */
export function exportJson(db: Database, now: Date): ExportFile {
  const data = allTables(db);
  const text = JSON.stringify(
    { app: 'Bidwell', schemaVersion: userVersion(db), exportedAt: now.toISOString(), tables: data },
    null,
    2,
  );
  return { fileName: `bidwell-export-${stamp(now)}.json`, mimeType: 'application/json', text };
}
