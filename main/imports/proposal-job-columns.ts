import {
  EXPERIENCE_LEVELS,
  PROJECT_LENGTHS,
  PROJECT_TYPES,
  PROPOSAL_SOURCES,
  PROPOSALS_BANDS,
} from '@shared/domain/proposal';
import type { ImportIssue } from '@shared/domain/imports';
import type { ProposalFieldsInput } from '@shared/contract/proposals';
import { isLocalDate } from '@shared/metrics/weeks';
import { issue } from './csv-read';
import { parseAmountCents, parseCount } from './values';

// The job and client columns the proposals export writes (the first version's, then migrations
// 12's and 14's), read back by their header name when a sheet has them, so an export re-imports to
// the same values. They are
// not in the mapping step: their names are Bidwell's own, and a sheet typed by hand rarely has
// them. A cell is read strictly (what the export writes, or plainly the same): anything else is a
// line-numbered problem naming the column, never a guess.

type JobColumnField = Extract<
  keyof ProposalFieldsInput,
  | 'source'
  | 'clientPaymentVerified'
  | 'clientHireRate'
  | 'clientTotalSpentCents'
  | 'clientRating'
  | 'proposalsBand'
  | 'minutesAfterPosting'
  | 'experienceLevel'
  | 'projectLength'
  | 'clientReviewCount'
  | 'clientJobsPosted'
  | 'clientOpenJobs'
  | 'clientHires'
  | 'clientMemberSince'
  | 'hourlyMinCents'
  | 'hourlyMaxCents'
  | 'fixedBudgetCents'
  | 'projectType'
  | 'connectsRequired'
  | 'clientActiveHires'
>;

/** A cell's value, or the i18n key of why it cannot be read. Only called on a non-blank cell. */
type Reader = (text: string) => { value: string | number | boolean } | { problem: string };

const choice =
  (options: readonly string[]): Reader =>
  (text) => {
    // "One-time", "one time" and "one_time" are the same choice; so are "Expert" and "expert".
    const snake = text.toLowerCase().replace(/[\s-]+/g, '_');
    return options.includes(snake) ? { value: snake } : { problem: 'validation.notAllowed' };
  };

const count: Reader = (text) => {
  const n = parseCount(text);
  return n === undefined || n === null ? { problem: 'validation.wholeNumber' } : { value: n };
};

/** Dollars as the export writes them ("25.00"), "$1,250.50" too; never negative. */
const dollars: Reader = (text) => {
  const cents = parseAmountCents(text);
  return cents === null || cents < 0 ? { problem: 'validation.money' } : { value: cents };
};

/** The export writes 1 and 0; a sheet may say yes/no or true/false. */
const yesNo: Reader = (text) => {
  const word = text.toLowerCase();
  if (['1', 'yes', 'y', 'true'].includes(word)) return { value: true };
  if (['0', 'no', 'n', 'false'].includes(word)) return { value: false };
  return { problem: 'validation.notAllowed' };
};

/** A decimal such as a client's 4.85 stars; the range is checked with the rest of the proposal. */
const decimal: Reader = (text) => {
  const n = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  return Number.isFinite(n) ? { value: n } : { problem: 'validation.number' };
};

const calendarDate: Reader = (text) => (isLocalDate(text) ? { value: text } : { problem: 'validation.date' });

/** Header (as the export writes it) -> proposal field and how its cells read. */
export const JOB_COLUMNS: readonly (readonly [string, JobColumnField, Reader])[] = [
  ['source', 'source', choice(PROPOSAL_SOURCES)],
  ['client_payment_verified', 'clientPaymentVerified', yesNo],
  ['client_hire_rate', 'clientHireRate', count],
  ['client_total_spent', 'clientTotalSpentCents', dollars],
  ['client_rating', 'clientRating', decimal],
  ['proposals_band', 'proposalsBand', choice(PROPOSALS_BANDS)],
  ['minutes_after_posting', 'minutesAfterPosting', count],
  ['experience_level', 'experienceLevel', choice(EXPERIENCE_LEVELS)],
  ['project_length', 'projectLength', choice(PROJECT_LENGTHS)],
  ['client_review_count', 'clientReviewCount', count],
  ['client_jobs_posted', 'clientJobsPosted', count],
  ['client_open_jobs', 'clientOpenJobs', count],
  ['client_hires', 'clientHires', count],
  ['client_member_since', 'clientMemberSince', calendarDate],
  ['hourly_min', 'hourlyMinCents', dollars],
  ['hourly_max', 'hourlyMaxCents', dollars],
  ['fixed_budget', 'fixedBudgetCents', dollars],
  ['project_type', 'projectType', choice(PROJECT_TYPES)],
  ['connects_required', 'connectsRequired', count],
  ['client_active_hires', 'clientActiveHires', count],
];

/** Same header, whatever its case, spaces or underscores ("Hourly min" is hourly_min). */
const sameName = (header: string, column: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_') === column;

interface JobColumn {
  field: JobColumnField;
  index: number;
  header: string;
  read: Reader;
}

/** Found once per file, not once per row (a sheet's header array is one object for all its rows). */
const found = new WeakMap<string[], JobColumn[]>();

/** The job columns this sheet has: field, its cell index, its column's name as written, its reader. */
export function jobColumnsOf(headers: string[]): JobColumn[] {
  let columns = found.get(headers);
  if (!columns) {
    columns = JOB_COLUMNS.flatMap(([column, field, read]) => {
      const index = headers.findIndex((h) => sameName(h, column));
      return index < 0 ? [] : [{ field, index, header: headers[index]!, read }];
    });
    found.set(headers, columns);
  }
  return columns;
}

/** One row's job columns as proposal input; each unreadable cell adds a problem for its line. */
export function readJobColumns(
  columns: readonly JobColumn[],
  cells: string[],
  line: number,
  issues: ImportIssue[],
): Partial<Pick<ProposalFieldsInput, JobColumnField>> {
  const input: Record<string, string | number | boolean | null> = {};
  for (const { field, index, header, read } of columns) {
    const text = (cells[index] ?? '').trim();
    if (text === '') {
      input[field] = null;
      continue;
    }
    const cell = read(text);
    if ('value' in cell) input[field] = cell.value;
    else
      issues.push(
        issue(line, 'badColumn', `"${text}" in ${header}`, { column: header, value: text, problem: cell.problem }),
      );
  }
  return input as Partial<Pick<ProposalFieldsInput, JobColumnField>>;
}
