import { z } from 'zod';
import {
  CONNECTS_ENTRY_KINDS,
  type ConnectsEntry,
  type ConnectsLedger,
  type DeletedConnectsEntry,
} from '../domain/money';
import { channel } from './define';
import { id, instant, MAX_CENTS, optionalText, page } from './fields';

export const connectsEntryFields = z.strictObject({
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

export const connectsChannels = {
  'connects:ledger': channel<ConnectsLedger>()(z.strictObject(page)),
  'connects:add': channel<ConnectsEntry>()(connectsEntryFields),
  /** "I have N Connects now": the adjustment it took, or null when the balance already was N. */
  'connects:setBalance': channel<ConnectsEntry | null>()(
    z.strictObject({
      connects: z
        .number({ error: 'validation.wholeNumber' })
        .int('validation.wholeNumber')
        .min(0, 'validation.tooSmall')
        .max(100_000, 'validation.tooBig'),
      note: optionalText(500),
    }),
  ),
  'connects:delete': channel<DeletedConnectsEntry>()(z.strictObject({ id })),
  'connects:restore': channel<ConnectsEntry>()(connectsEntryFields.extend({ id, createdAt: instant })),
};
