import { OUTCOME_STATUSES, PROPOSAL_STATUSES, type ProposalStatus } from '@shared/domain/proposal';
import {
  PROPOSAL_IMPORT_FIELDS,
  type DateOrder,
  type ImportIssue,
  type ProposalColumnMapping,
  type ProposalImportField,
} from '@shared/domain/imports';
import type { ProposalFieldsInput } from '@shared/contract/proposals';
import { issue } from './csv-read';
import { jobColumnsOf, readJobColumns } from './proposal-job-columns';
import { parseAmountCents, parseCount, parseSheetDate } from './values';

// Turns one spreadsheet row into proposal input through the user's column mapping. Only reads
// cells; the proposals:create handler validates and writes, exactly as for a proposal typed in.

/** Header names people use for each field, normalized (lower case, punctuation as spaces). */
const SYNONYMS: Record<ProposalImportField, string[]> = {
  sentAt: [
    'date',
    'date sent',
    'sent',
    'sent at',
    'sent on',
    'submitted',
    'submitted on',
    'applied',
    'applied on',
    'date applied',
  ],
  jobTitle: ['job', 'job title', 'title', 'project', 'job name', 'position'],
  jobUrl: ['link', 'url', 'job link', 'job url', 'job post'],
  profile: ['profile', 'specialized profile'],
  jobType: ['type', 'job type', 'contract type', 'hourly fixed'],
  bid: ['bid', 'rate', 'price', 'rate price', 'bid amount', 'amount', 'my bid'],
  connectsSpent: ['connects', 'connects spent', 'connects used'],
  boostConnects: ['boost', 'boost connects', 'boosted connects', 'boosted'],
  status: ['status', 'outcome', 'result', 'stage'],
  category: ['category'],
  skills: ['skills', 'tags'],
  clientCountry: ['country', 'client country', 'client location', 'location'],
  notes: ['notes', 'note', 'comments', 'comment'],
};

export function normalizeName(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A first mapping from the headers; the user checks and changes it in the mapping step. */
export function guessMapping(headers: string[]): ProposalColumnMapping {
  const mapping: ProposalColumnMapping = {};
  const taken = new Set<string>();
  for (const field of PROPOSAL_IMPORT_FIELDS) {
    const header = headers.find((h) => !taken.has(h) && SYNONYMS[field].includes(normalizeName(h)));
    mapping[field] = header ?? null;
    if (header) taken.add(header);
  }
  return mapping;
}

const STATUS_WORDS: Record<string, ProposalStatus> = {
  submitted: 'sent',
  applied: 'sent',
  active: 'interviewing',
  interview: 'interviewing',
  interviewed: 'interviewing',
  hire: 'hired',
  won: 'hired',
  offered: 'offer',
  lost: 'declined',
  rejected: 'declined',
  closed: 'job_closed',
  'no reply': 'no_response',
  ghosted: 'no_response',
};

export function readStatus(raw: string): ProposalStatus | null | undefined {
  const text = normalizeName(raw);
  if (text === '') return null;
  const snake = text.replace(/ /g, '_');
  if ((PROPOSAL_STATUSES as readonly string[]).includes(snake)) return snake as ProposalStatus;
  return STATUS_WORDS[text];
}

export interface SheetRow {
  input: ProposalFieldsInput;
  status: (typeof OUTCOME_STATUSES)[number] | null;
  /** A profile name to look up; null to use the default profile. */
  profileName: string | null;
}

/** Reads the mapped cells of one row; every unreadable cell adds an issue, none stops the others. */
export function readSheetRow(
  headers: string[],
  cells: string[],
  line: number,
  mapping: ProposalColumnMapping,
  dateOrder: DateOrder,
  issues: ImportIssue[],
): SheetRow | null {
  const before = issues.length;
  const cell = (field: ProposalImportField): string => {
    const header = mapping[field];
    const index = header ? headers.indexOf(header) : -1;
    return index >= 0 ? (cells[index] ?? '').trim() : '';
  };
  const bad = (field: ProposalImportField, key: string, message: string) =>
    issues.push(issue(line, key, message, { field, value: cell(field), column: mapping[field] ?? '' }));

  const sentText = cell('sentAt');
  const sentAt = parseSheetDate(sentText, dateOrder);
  if (!sentAt) bad('sentAt', sentText ? 'badDate' : 'missingDate', `"${sentText}" is not a date`);

  const typeText = cell('jobType').toLowerCase();
  const jobType =
    typeText === '' ? null : typeText.includes('hour') ? 'hourly' : typeText.includes('fix') ? 'fixed' : undefined;
  if (jobType === undefined) bad('jobType', 'badJobType', `"${cell('jobType')}" is neither hourly nor fixed`);

  const bidText = cell('bid');
  const bid = bidText === '' ? null : parseAmountCents(bidText);
  if (bid === null && bidText !== '') bad('bid', 'badAmount', `"${bidText}" is not an amount`);
  if (bid !== null && bid < 0) bad('bid', 'badAmount', `"${bidText}" is negative`);

  const connects = parseCount(cell('connectsSpent'));
  if (connects === undefined)
    bad('connectsSpent', 'badCount', `"${cell('connectsSpent')}" is not a whole number of Connects`);
  const boost = parseCount(cell('boostConnects'));
  if (boost === undefined)
    bad('boostConnects', 'badCount', `"${cell('boostConnects')}" is not a whole number of Connects`);

  const status = readStatus(cell('status'));
  if (status === undefined) bad('status', 'badStatus', `"${cell('status')}" is not a status Bidwell knows`);

  const jobColumns = readJobColumns(jobColumnsOf(headers), cells, line, issues);

  if (issues.length > before) return null;
  const optional = (field: ProposalImportField) => cell(field) || null;
  return {
    input: {
      sentAt: sentAt!,
      jobTitle: cell('jobTitle'),
      jobUrl: optional('jobUrl'),
      category: optional('category'),
      skills: cell('skills')
        .split(/[,;|]/)
        .map((s) => s.trim())
        .filter(Boolean),
      jobType: jobType ?? null,
      bidCents: bid,
      connectsSpent: connects ?? 0,
      boostConnects: boost ?? 0,
      clientCountry: optional('clientCountry'),
      notes: optional('notes'),
      ...jobColumns,
    },
    status: status && status !== 'sent' ? status : null,
    profileName: optional('profile'),
  };
}
