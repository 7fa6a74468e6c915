import type { Database } from 'better-sqlite3';
import Papa from 'papaparse';
import type { ExportFile } from '@shared/domain/imports';
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
  const rows = db
    .prepare<[], Record<string, unknown> & { bid_cents: number | null; client_total_spent_cents: number | null }>(
      `SELECT p.id, p.sent_at, pr.name AS profile, p.job_title, p.job_url, p.category,
              (SELECT group_concat(skill, ', ') FROM (SELECT skill FROM proposal_skills s WHERE s.proposal_id = p.id ORDER BY position)) AS skills,
              p.job_type, p.bid_cents, p.connects_spent, p.boost_connects, p.source, p.status, p.status_at,
              p.client_country, p.client_payment_verified, p.client_hire_rate, p.client_total_spent_cents,
              p.client_rating, p.proposals_band, p.minutes_after_posting, p.notes
       FROM proposals p JOIN profiles pr ON pr.id = p.profile_id ORDER BY p.sent_at, p.id`,
    )
    .all()
    .map((r) => ({ ...r, bid: dollars(r.bid_cents), client_total_spent: dollars(r.client_total_spent_cents) }));
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
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((t) => t.name);
  const data = Object.fromEntries(
    tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
  );
  const text = JSON.stringify(
    { app: 'Bidwell', schemaVersion: userVersion(db), exportedAt: now.toISOString(), tables: data },
    null,
    2,
  );
  return { fileName: `bidwell-export-${stamp(now)}.json`, mimeType: 'application/json', text };
}
