import { z } from 'zod';
import {
  TRANSACTION_KINDS,
  type DeletedTransaction,
  type Transaction,
  type TransactionKind,
  type TransactionPage,
} from '../domain/money';
import { connectsEntryFields } from './connects';
import { channel } from './define';
import { id, instant, MAX_CENTS, optionalText, page } from './fields';
import { isLocalDate } from '../metrics/weeks';

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
  // Optional: an Undo from before these were carried puts the row back as it did then.
  workWeek: z.string().refine(isLocalDate, 'validation.date').nullable().default(null),
  contractRef: z.string().max(10_000).nullable().default(null),
});

export const transactionChannels = {
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
  'transactions:delete': channel<DeletedTransaction>()(z.strictObject({ id })),
  'transactions:restore': channel<Transaction>()(
    z.strictObject({
      transaction: storedTransaction,
      connects: connectsEntryFields.extend({ id, createdAt: instant }).nullable(),
    }),
  ),
};
