// Domain vocabulary for contracts, transactions and Connects. Values are stored in SQLite as text,
// so renaming one needs a migration.

/**
 * Signed money movements on the Upwork account. Earnings are positive; fees, withdrawals, Connects
 * purchases, subscriptions and taxes negative. A refund is whatever sign Upwork gave it.
 */
export const TRANSACTION_KINDS = [
  'hourly',
  'fixed_price',
  'bonus',
  'refund',
  'service_fee',
  'withdrawal',
  'connects_purchase',
  'subscription',
  'tax',
  'other',
] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

/** What the client paid for the work: "gross" earnings. Refunds count here with their own (negative) sign. */
export const EARNING_KINDS: readonly TransactionKind[] = ['hourly', 'fixed_price', 'bonus', 'refund'];
/** Upwork's cut; gross plus fees is "net". */
export const FEE_KINDS: readonly TransactionKind[] = ['service_fee'];

export const CONTRACT_TYPES = ['hourly', 'fixed'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const CONTRACT_STATUSES = ['active', 'paused', 'ended'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** Upwork's price per Connect since 2019, in cents. */
export const CONNECT_PRICE_CENTS = 15;

/** Ledger entries the user (or an import) records; spends and boosts come from proposals. */
export const CONNECTS_ENTRY_KINDS = ['purchase', 'grant', 'refund', 'adjustment'] as const;
export type ConnectsEntryKind = (typeof CONNECTS_ENTRY_KINDS)[number];
/** Every kind the ledger shows, the derived ones included. */
export type ConnectsLedgerKind = ConnectsEntryKind | 'spend' | 'boost';

export interface ContractFields {
  proposalId: number | null;
  clientName: string;
  title: string;
  contractType: ContractType;
  /** Hourly rate or fixed price, in cents. */
  rateCents: number | null;
  startedAt: string;
  endedAt: string | null;
  status: ContractStatus;
  /** Stars 1 to 5, as on Upwork. */
  feedbackGiven: number | null;
  feedbackReceived: number | null;
  notes: string | null;
}

export interface Contract extends ContractFields {
  id: number;
  createdAt: string;
  updatedAt: string;
  /** Sum of the contract's earnings transactions, gross. */
  earnedCents: number;
  transactionCount: number;
  /** Upwork's contract id, from a Weekly Summary import; null for contracts entered by hand. */
  upworkId: string | null;
  /** Hours worked on it, in seconds, from Weekly Summary imports. */
  workSeconds: number;
}

export interface TransactionFields {
  occurredAt: string;
  /** Signed cents: earnings positive, costs negative. */
  amountCents: number;
  kind: TransactionKind;
  description: string | null;
  contractId: number | null;
}

export interface Transaction extends TransactionFields {
  id: number;
  /** Unique key of an imported row ("upwork:<transaction id>:<kind>"); null for manual entries. */
  externalId: string | null;
  /** Upwork's Transaction ID: a gross row and its fee row share it. */
  groupId: string | null;
  source: 'manual' | 'upwork_csv';
  createdAt: string;
  contractTitle: string | null;
}

/** What a transaction's delete returns: the row as listed, plus what only its Undo puts back. */
export interface DeletedTransaction extends Transaction {
  connects: DeletedConnectsEntry | null;
  /** Monday of the Upwork week an imported earning pays for (docs/money.md); null: the week paid in. */
  workWeek: string | null;
  /** The contract as the imported row names it (links it to a contract made later). */
  contractRef: string | null;
}

export interface TransactionPage {
  rows: Transaction[];
  total: number;
}

export interface ConnectsEntry {
  /** "entry:12" for ledger rows, "proposal:7:spend" for derived ones: unique across both. */
  key: string;
  /** The ledger row id (editable, deletable); null for rows derived from proposals. */
  entryId: number | null;
  proposalId: number | null;
  occurredAt: string;
  kind: ConnectsLedgerKind;
  /** Signed: purchases, grants and refunds positive; spends and boosts negative. */
  connects: number;
  /** What a purchase cost, in cents; null otherwise. */
  costCents: number | null;
  note: string | null;
  /** A purchase imported with its transaction: it goes (and comes back) with that transaction. */
  fromTransaction: boolean;
}

export interface ConnectsLedger {
  /** Ledger entries and the plan's free Connects so far, less every proposal's Connects. */
  balance: number;
  /** The plan's free Connects the balance includes: `perMonth` since the month `since` starts. */
  free: { connects: number; perMonth: number; since: string | null };
  entries: ConnectsEntry[];
  total: number;
}

export interface MoneyBucket {
  /** "YYYY-MM-DD" (week's first day) or "YYYY-MM" (month), in the user's zone. */
  period: string;
  grossCents: number;
  feesCents: number;
  netCents: number;
}

/** A week's or month's money with the Connects its proposals used (for the Earnings chart). */
export interface PeriodMoney extends MoneyBucket {
  connectsSpent: number;
}

export interface MoneySummary {
  from: string;
  to: string;
  grossCents: number;
  feesCents: number;
  netCents: number;
  weeks: PeriodMoney[];
  months: PeriodMoney[];
  /** Proposals sent in the period and the Connects they used (boosts included). */
  proposalsSent: number;
  connectsSpent: number;
  /** Connects spent at $0.15 each. */
  connectsCostCents: number;
  /** Hires among the proposals sent in the period (cohort by sent date). */
  hires: number;
  /** Connects cost per hire; null without a hire. */
  costPerHireCents: number | null;
  /** Net earnings per Connect spent; null when no Connect was spent. */
  earningsPerConnectCents: number | null;
  /** Right now, all time. */
  connectsBalance: number;
}

/** What Undo of a contract's delete needs. */
export interface DeletedContract {
  contract: Contract;
  /** Transactions that pointed at it (their link is cleared by the delete; restore puts it back). */
  transactionIds: number[];
}

/** A stored Connects entry as it was before its delete, for Undo. */
export interface DeletedConnectsEntry {
  id: number;
  occurredAt: string;
  kind: ConnectsEntryKind;
  connects: number;
  costCents: number | null;
  note: string | null;
  createdAt: string;
}
