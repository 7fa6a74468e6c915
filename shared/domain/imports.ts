import type { TransactionKind } from './money';

// What an import preview shows before anything is written.

/** One problem with the file or one of its rows. `line` is the 1-based line in the file as a text editor counts. */
export interface ImportIssue {
  line: number;
  /** i18n key under "money.import.problems.", e.g. "money.import.problems.badDate". */
  key: string;
  params: Record<string, string | number>;
  /** English text, for logs and tests. */
  message: string;
}

export const UPWORK_LAYOUTS = ['upwork13', 'upwork19'] as const;
export type UpworkLayout = (typeof UPWORK_LAYOUTS)[number];

export interface KindTotal {
  kind: TransactionKind;
  count: number;
  amountCents: number;
}

export interface PreviewTransaction {
  line: number;
  occurredAt: string;
  kind: TransactionKind;
  amountCents: number;
  description: string | null;
  /** Already in the database (or earlier in this file): skipped. */
  duplicate: boolean;
}

export interface UpworkImportPreview {
  layout: UpworkLayout | null;
  /** Data rows read (blank lines not counted). */
  rowCount: number;
  newCount: number;
  duplicateCount: number;
  /** Over the rows that would be added. */
  totals: KindTotal[];
  firstDate: string | null;
  lastDate: string | null;
  /** Every problem, file-level ones included (at most 200 listed; `rejectedCount` has them all). */
  rejected: ImportIssue[];
  rejectedCount: number;
  /** The first rows, to check the columns were read right. */
  sample: PreviewTransaction[];
  /** True when there is something to add and nothing was rejected: imports are all or nothing. */
  canCommit: boolean;
}

export interface ImportResult {
  added: number;
  duplicates: number;
}

/** Proposal fields a spreadsheet column can be mapped to. */
export const PROPOSAL_IMPORT_FIELDS = [
  'sentAt',
  'jobTitle',
  'jobUrl',
  'profile',
  'jobType',
  'bid',
  'connectsSpent',
  'boostConnects',
  'status',
  'category',
  'skills',
  'clientCountry',
  'notes',
] as const;
export type ProposalImportField = (typeof PROPOSAL_IMPORT_FIELDS)[number];
export type ProposalColumnMapping = Partial<Record<ProposalImportField, string | null>>;

/** How to read "03/04/2026": March 4 (US) or 3 April. */
export const DATE_ORDERS = ['mdy', 'dmy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export interface PreviewProposal {
  line: number;
  sentAt: string;
  jobTitle: string;
  connects: number;
  status: string;
}

export interface ProposalImportPreview {
  headers: string[];
  /** The mapping used: the one given, or one guessed from the headers. */
  mapping: ProposalColumnMapping;
  dateOrder: DateOrder;
  rowCount: number;
  okCount: number;
  /** Rows already logged (same job title, sent the same day): skipped, so importing a sheet twice adds nothing. */
  duplicateCount: number;
  rejected: ImportIssue[];
  rejectedCount: number;
  sample: PreviewProposal[];
  canCommit: boolean;
}
