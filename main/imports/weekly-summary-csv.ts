import { WEEKLY_PREFIX, type ImportIssue, type WorkPayment } from '@shared/domain/imports';
import { isLocalDate } from '@shared/metrics/weeks';
import { issue, normalizeHeader, readCsv } from './csv-read';
import { remembered } from './remembered';
import { parseAmountCents } from './values';

// Upwork's Weekly Summary CSV (Reports → Weekly Summary): `Date, Contract, Hours, Amount,
// Payment type`, read by header name. One row per contract and day: hours worked on hourly
// contracts, or a fixed-price payment or a bonus. Pure: the database decides what is new.

export interface WorkRow {
  line: number;
  /** "YYYY-MM-DD", the day as Upwork dates it. */
  day: string;
  /** Upwork's contract id, the number in parentheses. */
  upworkId: string;
  /** The contract's title, without the id. */
  title: string;
  /** Whole seconds; null when the row has no hours (a payment). */
  seconds: number | null;
  amountCents: number;
  payment: WorkPayment;
  /** "weekly:<contract id>:<day>:<payment>", numbered from the second repeat in a file. */
  externalId: string;
}

export interface WorkParse {
  rows: WorkRow[];
  rowCount: number;
  issues: ImportIssue[];
}

const PAYMENT_BY_TYPE: Record<string, WorkPayment> = {
  '': 'hourly',
  hourly: 'hourly',
  'fixed price payment': 'fixed_price',
  'fixed price': 'fixed_price',
  'fixed-price': 'fixed_price',
  milestone: 'fixed_price',
  bonus: 'bonus',
};

const ROLES = {
  date: 'date',
  contract: 'contract',
  hours: 'hours',
  amount: 'amount',
  payment: 'payment type',
} as const;
type Role = keyof typeof ROLES;
const REQUIRED: Role[] = ['date', 'contract', 'hours', 'amount'];

/** "HTML Page Builder (36473604)": the last parenthesised number is the id; the rest is the title. */
const CONTRACT = /^(.*?)\s*\((\d{1,20})\)\s*$/;
/** A day's hours: 0 to 24 with up to five decimals (a week's, up to 168, when Upwork sums a week). */
const HOURS = /^\d{1,3}(?:\.\d{1,6})?$/;
const MAX_HOURS = 168;

function issueOf(line: number, key: string, message: string, params: Record<string, string | number> = {}) {
  return { ...issue(line, key, message, params), key: `hours.problems.${key}` };
}

export function parseWeeklySummary(text: string): WorkParse {
  const csv = readCsv(text);
  const result: WorkParse = { rows: [], rowCount: 0, issues: [...csv.fileIssues] };
  if (csv.fileIssues.length) return result;

  const names = csv.header.map(normalizeHeader);
  const column = {} as Record<Role, number>;
  for (const role of Object.keys(ROLES) as Role[]) column[role] = names.indexOf(ROLES[role]);
  const missing = REQUIRED.filter((role) => column[role] < 0);
  if (missing.length) {
    result.issues.push(
      issueOf(1, 'missingColumns', `This is not an Upwork Weekly Summary: no ${missing.join(', ')} column`, {
        columns: missing.join(', '),
      }),
    );
    return result;
  }
  result.rowCount = csv.rows.length + csv.rowIssues.length;
  result.issues.push(...csv.rowIssues);

  const seen = new Map<string, number>();
  // Each distinct cell text read once per file (see remembered.ts).
  const contractOf = remembered((cell: string) => CONTRACT.exec(cell));
  const isDay = remembered(isLocalDate);
  const paymentOf = remembered((cell: string) => {
    const key = cell.toLowerCase().replace(/\s+/g, ' ');
    // Own keys only: a cell reading "constructor" must not find Object's.
    return Object.hasOwn(PAYMENT_BY_TYPE, key) ? PAYMENT_BY_TYPE[key] : undefined;
  });
  const amountOf = remembered(parseAmountCents);
  for (const { line, cells } of csv.rows) {
    const day = (cells[column.date] ?? '').trim();
    const contractCell = (cells[column.contract] ?? '').trim();
    const hoursCell = (cells[column.hours] ?? '').trim();
    const amountCell = (cells[column.amount] ?? '').trim();
    const typeCell = column.payment >= 0 ? (cells[column.payment] ?? '').trim() : '';
    const problems = result.issues.length;

    if (!isDay(day))
      result.issues.push(issueOf(line, 'badDay', `"${day}" is not a date like 2024-04-16`, { value: day }));
    const contract = contractOf(contractCell);
    if (!contract) {
      result.issues.push(
        issueOf(line, 'badContract', `"${contractCell}" does not end with an Upwork contract id like (36473604)`, {
          value: contractCell,
        }),
      );
    }
    const payment = paymentOf(typeCell);
    if (!payment) {
      result.issues.push(
        issueOf(line, 'badPaymentType', `"${typeCell}" is not a payment type Upwork uses`, { value: typeCell }),
      );
    }
    const hours = hoursCell === '' ? null : HOURS.test(hoursCell) ? Number(hoursCell) : NaN;
    if (Number.isNaN(hours) || (hours !== null && hours > MAX_HOURS) || (hours === null && payment === 'hourly')) {
      result.issues.push(
        issueOf(line, 'badHours', `"${hoursCell}" is not a number of hours like 8.33333`, { value: hoursCell }),
      );
    }
    const amountCents = amountOf(amountCell);
    if (amountCents === null) {
      result.issues.push(
        issue(line, 'badAmount', `"${amountCell}" is not an amount like -12.50`, {
          value: amountCell,
        }),
      );
    }
    if (result.issues.length > problems || !contract || !payment || amountCents === null) continue;

    const upworkId = contract[2]!;
    const base = `${WEEKLY_PREFIX}${upworkId}:${day}:${payment}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    result.rows.push({
      line,
      day,
      upworkId,
      title: contract[1] || contractCell,
      seconds: hours === null ? null : Math.round(hours * 3600),
      amountCents,
      payment,
      externalId: occurrence === 1 ? base : `${base}:${occurrence}`,
    });
  }
  result.issues.sort((a, b) => a.line - b.line);
  return result;
}
