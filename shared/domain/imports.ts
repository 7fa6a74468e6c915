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
  /** Weekly Summary amounts already counted that this history pays for itself: they stop counting. */
  replacesWeekly: RowsAndMoney;
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

/** The key of every Weekly Summary row starts so; an earning made from one keeps its row's key. */
export const WEEKLY_PREFIX = 'weekly:';

/** What a Weekly Summary row paid for: hours on an hourly contract, a fixed-price payment, a bonus. */
export const WORK_PAYMENTS = ['hourly', 'fixed_price', 'bonus'] as const;
export type WorkPayment = (typeof WORK_PAYMENTS)[number];

/** How a contract named in a Weekly Summary was found: by its Upwork id, by its title, or made new. */
export type ContractMatch = 'id' | 'title' | 'new';

export interface WorkContractPreview {
  upworkId: string;
  title: string;
  match: ContractMatch;
  /** Over the file's new rows. */
  rows: number;
  seconds: number;
  amountCents: number;
}

/** New rows and what they are worth. */
export interface RowsAndMoney {
  rows: number;
  amountCents: number;
}

export interface WeeklySummaryPreview {
  rowCount: number;
  newCount: number;
  duplicateCount: number;
  /** Hours of the new rows, in seconds. */
  seconds: number;
  firstDate: string | null;
  lastDate: string | null;
  /** The contracts of the new rows, busiest first (at most 50 listed; `contractCount` has them all). */
  contracts: WorkContractPreview[];
  contractCount: number;
  /** New rows whose contract and week the transaction history already pays: hours only, the money is not added again. */
  matched: RowsAndMoney;
  /** New rows whose money becomes earnings (no transaction-history earning covers their contract and week). */
  added: RowsAndMoney;
  rejected: ImportIssue[];
  rejectedCount: number;
  sample: PreviewWork[];
  canCommit: boolean;
}

export interface PreviewWork {
  line: number;
  day: string;
  contract: string;
  seconds: number | null;
  amountCents: number;
  payment: WorkPayment;
  duplicate: boolean;
}
