import type { ImportIssue, UpworkLayout } from '@shared/domain/imports';
import { CONNECT_PRICE_CENTS, type TransactionKind } from '@shared/domain/money';
import { paidForWeek } from '@shared/money/work-week';
import { issue, normalizeHeader, readCsv } from './csv-read';
import { remembered } from './remembered';
import { parseAmountCents, parseUpworkDate } from './values';

// Upwork's transaction history CSV, both known layouts (see DESIGN.md), read by header name so a
// reordered or extended export still works. Pure: the database decides what is a duplicate.

export interface UpworkRow {
  line: number;
  occurredAt: string;
  amountCents: number;
  kind: TransactionKind;
  /** Upwork's own type text, kept in the description when it maps to "other". */
  type: string;
  description: string | null;
  /** "upwork:<id>:<kind>", unique per row and the same every time the same file is read. */
  externalId: string;
  /** Upwork's Transaction ID (Ref ID in the old layout): links a gross row to its fee row. */
  groupId: string | null;
  /** For Connects rows: how many were bought (from the description, else from the price). */
  connects: number | null;
  /** The client's team name, to find the contract the row belongs to. */
  team: string | null;
  /** The contract's title as the row names it (a fee row takes its payment's). */
  contractRef: string | null;
  /** Monday of the Upwork week an earning pays for (a fee row takes its payment's); see work-week.ts. */
  workWeek: string | null;
}

export interface UpworkParse {
  layout: UpworkLayout | null;
  rows: UpworkRow[];
  rowCount: number;
  issues: ImportIssue[];
}

/** Upwork's type names, lower-cased, across both layouts and the variants seen in the wild. */
const KIND_BY_TYPE: Record<string, TransactionKind> = {
  hourly: 'hourly',
  'fixed price': 'fixed_price',
  'fixed-price': 'fixed_price',
  milestone: 'fixed_price',
  bonus: 'bonus',
  refund: 'refund',
  'service fee': 'service_fee',
  'marketplace fee': 'service_fee',
  withdrawal: 'withdrawal',
  // In the newer layout a "Payment" row is money leaving to the user's payment method.
  payment: 'withdrawal',
  connects: 'connects_purchase',
  'connects purchase': 'connects_purchase',
  subscription: 'subscription',
  membership: 'subscription',
  gst: 'tax',
  vat: 'tax',
  tax: 'tax',
  'withholding tax': 'tax',
  miscellaneous: 'other',
};

function kindOf(type: string): TransactionKind {
  const key = type.trim().toLowerCase().replace(/\s+/g, ' ');
  // Own keys only: a cell reading "constructor" must not find Object's.
  return Object.hasOwn(KIND_BY_TYPE, key) ? KIND_BY_TYPE[key]! : 'other';
}

/** Columns by role; each role lists the (normalized) header names that fill it, first found wins. */
const ROLES = {
  date: ['date'],
  id: ['transaction id', 'ref id', 'reference id'],
  type: ['transaction type', 'type'],
  amount: ['amount'],
  description: ['description', 'transaction summary'],
  title: ['description 1'],
  details: ['transaction summary details', 'description 2'],
  team: ['team'],
} as const;
type Role = keyof typeof ROLES;
const REQUIRED: Role[] = ['date', 'type', 'amount'];

function detectLayout(names: string[]): UpworkLayout | null {
  if (names.includes('transaction id') && names.includes('transaction type')) return 'upwork19';
  if (names.includes('ref id') && names.includes('type')) return 'upwork13';
  return null;
}

/** The older layout names the contract after an hourly invoice's period: "Invoice for … - React dashboard". */
const INVOICE_TITLE = /^Invoice\b.*?\s-\s(.+)$/;

function connectsFrom(description: string | null, amountCents: number): number | null {
  const stated = description?.match(/(\d[\d,]*)\s*connects/i);
  if (stated) return Number(stated[1]!.replace(/,/g, ''));
  if (amountCents < 0 && -amountCents % CONNECT_PRICE_CENTS === 0) return -amountCents / CONNECT_PRICE_CENTS;
  return null;
}

/** The row's description: its description, title and details joined, led by Upwork's type when it maps to "other". */
function describe(kind: TransactionKind, type: string, ...cells: string[]): string | null {
  const parts = cells.filter(Boolean);
  if (kind === 'other' && type) parts.unshift(type);
  return parts.length ? parts.join(' — ') : null;
}

export function parseUpworkCsv(text: string): UpworkParse {
  const csv = readCsv(text);
  const result: UpworkParse = { layout: null, rows: [], rowCount: 0, issues: [...csv.fileIssues] };
  if (csv.fileIssues.length) return result;

  const names = csv.header.map(normalizeHeader);
  const column = {} as Record<Role, number>;
  for (const role of Object.keys(ROLES) as Role[]) {
    column[role] = names.findIndex((n) => (ROLES[role] as readonly string[]).includes(n));
  }
  const missing = REQUIRED.filter((role) => column[role] < 0);
  if (missing.length) {
    result.issues.push(
      issue(1, 'missingColumns', `This is not an Upwork transaction history: no ${missing.join(', ')} column`, {
        columns: missing.join(', '),
      }),
    );
    return result;
  }
  result.layout = detectLayout(names);
  result.rowCount = csv.rows.length + csv.rowIssues.length;
  result.issues.push(...csv.rowIssues);

  // The same id and kind twice in one file (two fee lines on one payment): numbered in file order,
  // so reading the same file again yields the same keys.
  const seen = new Map<string, number>();
  // A history repeats the same few hundred dates, types and amounts: each distinct cell is read
  // once (a 100,000-row file has a few thousand), which with the columns found once per file
  // below is most of what made a row cost 17 us (test/bench/imports.ts).
  const dateOf = remembered(parseUpworkDate);
  const amountOf = remembered(parseAmountCents);
  const kindFor = remembered(kindOf);
  const at = (index: number, cells: string[]) => (index >= 0 ? (cells[index] ?? '').trim() : '');
  const { date, id, type: typeColumn, amount, description: descriptionColumn, title, details, team } = column;
  for (const { line, cells } of csv.rows) {
    const dateCell = at(date, cells);
    const amountCell = at(amount, cells);
    const occurredAt = dateOf(dateCell);
    const amountCents = amountOf(amountCell);
    if (!occurredAt) {
      result.issues.push(issue(line, 'badDate', `"${dateCell}" is not a date like Sep 8, 2026`, { value: dateCell }));
    }
    if (amountCents === null) {
      result.issues.push(
        issue(line, 'badAmount', `"${amountCell}" is not an amount like -12.50`, { value: amountCell }),
      );
    }
    if (!occurredAt || amountCents === null) continue;

    const type = at(typeColumn, cells);
    const kind = kindFor(type);
    const descriptionCell = at(descriptionColumn, cells);
    const titleCell = at(title, cells);
    const description = describe(kind, type, descriptionCell, titleCell, at(details, cells));
    const ownId = at(id, cells) || null;
    // The older layout gives a fee its own Ref ID and names the payment's in its description
    // ("Service Fee for Hourly - Ref ID 612345019"): that link is what keeps the two together.
    const referenced = kind === 'service_fee' ? /Ref ID (\d+)/i.exec(description ?? '')?.[1] : undefined;
    const groupId = referenced ?? ownId;
    // Without an id (pending rows in some exports) the row's own content is its identity.
    const base = ownId
      ? `upwork:${ownId}:${kind}`
      : `upwork:row:${occurredAt.slice(0, 10)}:${amountCents}:${kind}:${description ?? ''}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    result.rows.push({
      line,
      occurredAt,
      amountCents,
      kind,
      type,
      description,
      externalId: occurrence === 1 ? base : `${base}:${occurrence}`,
      groupId,
      connects: kind === 'connects_purchase' ? connectsFrom(description, amountCents) : null,
      team: at(team, cells) || null,
      contractRef: titleCell || INVOICE_TITLE.exec(descriptionCell)?.[1]?.trim() || null,
      workWeek: paidForWeek(kind, description, occurredAt),
    });
  }
  giveFeesTheirPayment(result.rows);
  result.issues.sort((a, b) => a.line - b.line);
  return result;
}

/** A fee row is about its payment (same group): it belongs to the payment's contract and week. */
function giveFeesTheirPayment(rows: UpworkRow[]): void {
  const payments = new Map<string, UpworkRow>();
  for (const row of rows) if (row.workWeek && row.groupId) payments.set(row.groupId, row);
  for (const row of rows) {
    const payment = row.kind === 'service_fee' && row.groupId ? payments.get(row.groupId) : undefined;
    if (!payment) continue;
    row.workWeek = payment.workWeek;
    row.contractRef ??= payment.contractRef;
  }
}
