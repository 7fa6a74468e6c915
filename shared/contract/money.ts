import { z } from 'zod';
import {
  CONNECTS_ENTRY_KINDS,
  CONTRACT_STATUSES,
  CONTRACT_TYPES,
  TRANSACTION_KINDS,
  type ConnectsEntry,
  type ConnectsLedger,
  type Contract,
  type MoneySummary,
  type Transaction,
  type TransactionKind,
  type TransactionPage,
} from '../domain/money';
import { channel } from './define';
import { id, instant, optionalText, requiredText } from './fields';

/** $1,000,000: above any single Upwork payment, far below float trouble. */
const MAX_CENTS = 100_000_000;

/** Kinds whose sign is fixed: earnings come in, these go out. Refunds and "other" can be either. */
const POSITIVE_KINDS: readonly TransactionKind[] = ['hourly', 'fixed_price', 'bonus'];
const NEGATIVE_KINDS: readonly TransactionKind[] = [
  'service_fee',
  'withdrawal',
  'connects_purchase',
  'subscription',
  'tax',
];

export function signFits(kind: TransactionKind, amountCents: number): boolean {
  if (POSITIVE_KINDS.includes(kind)) return amountCents > 0;
  if (NEGATIVE_KINDS.includes(kind)) return amountCents < 0;
  return true;
}

/** Costs are stored negative; people type them positive. */
export function isCostKind(kind: TransactionKind): boolean {
  return NEGATIVE_KINDS.includes(kind);
}

const stars = z.number().min(1, 'validation.stars').max(5, 'validation.stars').nullable().default(null);

export const contractFieldsSchema = z
  .strictObject({
    proposalId: id.nullable().default(null),
    clientName: requiredText(200),
    title: requiredText(300),
    contractType: z.enum(CONTRACT_TYPES),
    rateCents: z.number().int('validation.wholeNumber').min(0).max(MAX_CENTS).nullable().default(null),
    startedAt: instant,
    endedAt: instant.nullable().default(null),
    status: z.enum(CONTRACT_STATUSES).default('active'),
    feedbackGiven: stars,
    feedbackReceived: stars,
    notes: optionalText(20_000),
  })
  .refine((c) => c.endedAt === null || c.endedAt >= c.startedAt, {
    path: ['endedAt'],
    message: 'validation.endBeforeStart',
  });
export type ContractFieldsInput = z.input<typeof contractFieldsSchema>;

export const transactionFieldsSchema = z
  .strictObject({
    occurredAt: instant,
    amountCents: z
      .number({ error: 'validation.money' })
      .int('validation.money')
      .min(-MAX_CENTS)
      .max(MAX_CENTS)
      .refine((n) => n !== 0, 'validation.nonZero'),
    kind: z.enum(TRANSACTION_KINDS),
    description: optionalText(1000),
    contractId: id.nullable().default(null),
  })
  .refine((t) => signFits(t.kind, t.amountCents), { path: ['amountCents'], message: 'validation.amountSign' });
export type TransactionFieldsInput = z.input<typeof transactionFieldsSchema>;

const storedTransaction = z.strictObject({
  id,
  occurredAt: instant,
  amountCents: z.number().int().min(-MAX_CENTS).max(MAX_CENTS),
  kind: z.enum(TRANSACTION_KINDS),
  description: optionalText(10_000),
  contractId: id.nullable(),
  externalId: z.string().max(12_000).nullable(),
  groupId: z.string().max(200).nullable(),
  source: z.enum(['manual', 'upwork_csv']),
  createdAt: instant,
});

const connectsEntryFields = z.strictObject({
  occurredAt: instant,
  kind: z.enum(CONNECTS_ENTRY_KINDS),
  /** Signed for adjustments; purchases, grants and refunds add Connects. */
  connects: z
    .number({ error: 'validation.wholeNumber' })
    .int('validation.wholeNumber')
    .min(-10_000)
    .max(10_000)
    .refine((n) => n !== 0, 'validation.nonZero'),
  costCents: z.number().int('validation.money').min(0).max(MAX_CENTS).nullable().default(null),
  note: optionalText(500),
});

export interface DeletedContract {
  contract: Contract;
  /** Transactions that pointed at it (their link is cleared by the delete; restore puts it back). */
  transactionIds: number[];
}

export interface DeletedConnectsEntry {
  id: number;
  occurredAt: string;
  kind: (typeof CONNECTS_ENTRY_KINDS)[number];
  connects: number;
  costCents: number | null;
  note: string | null;
  createdAt: string;
}

const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

export const moneyChannels = {
  'contracts:list': channel<Contract[]>()(z.undefined()),
  'contracts:create': channel<Contract>()(contractFieldsSchema),
  'contracts:update': channel<Contract>()(z.strictObject({ id, fields: contractFieldsSchema })),
  'contracts:delete': channel<DeletedContract>()(z.strictObject({ id })),
  'contracts:restore': channel<Contract>()(
    z.strictObject({
      contract: z.strictObject({ id, fields: contractFieldsSchema, createdAt: instant }),
      transactionIds: z.array(id).max(100_000),
    }),
  ),

  'transactions:list': channel<TransactionPage>()(
    z.strictObject({
      kind: z.enum(TRANSACTION_KINDS).nullable().default(null),
      contractId: id.nullable().default(null),
      ...page,
    }),
  ),
  'transactions:create': channel<Transaction>()(transactionFieldsSchema),
  'transactions:update': channel<Transaction>()(z.strictObject({ id, fields: transactionFieldsSchema })),
  /** Returns what was deleted, for Undo. An imported Connects purchase takes its ledger entry with it. */
  'transactions:delete': channel<Transaction & { connects: DeletedConnectsEntry | null }>()(z.strictObject({ id })),
  'transactions:restore': channel<Transaction>()(
    z.strictObject({
      transaction: storedTransaction,
      connects: connectsEntryFields.extend({ id, createdAt: instant }).nullable(),
    }),
  ),

  'connects:ledger': channel<ConnectsLedger>()(z.strictObject(page)),
  'connects:add': channel<ConnectsEntry>()(connectsEntryFields),
  'connects:delete': channel<DeletedConnectsEntry>()(z.strictObject({ id })),
  'connects:restore': channel<ConnectsEntry>()(connectsEntryFields.extend({ id, createdAt: instant })),

  /** Earnings and Connects figures for [from, to): the Earnings screen and the dashboard's earnings tile. */
  'money:summary': channel<MoneySummary>()(
    z
      .strictObject({ from: instant, to: instant })
      .refine((r) => r.from < r.to, { path: ['to'], message: 'validation.endBeforeStart' }),
  ),
};
