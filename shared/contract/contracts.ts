import { z } from 'zod';
import { CONTRACT_STATUSES, CONTRACT_TYPES, type Contract, type DeletedContract } from '../domain/money';
import { channel } from './define';
import { id, instant, MAX_CENTS, optionalText, requiredText, requiredWhenMissing } from './fields';

const stars = z.number().min(1, 'validation.stars').max(5, 'validation.stars').nullable().default(null);

const contractFieldsObject = z.strictObject({
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
});
const endNotBeforeStart = {
  check: (c: { startedAt: string; endedAt: string | null }) => c.endedAt === null || c.endedAt >= c.startedAt,
  params: { path: ['endedAt'], message: 'validation.endBeforeStart' },
};

export const contractFieldsSchema = contractFieldsObject.refine(endNotBeforeStart.check, endNotBeforeStart.params);
/** Undo puts back what was there: a contract a Weekly Summary import made has no client yet. */
const restoredFieldsSchema = contractFieldsObject
  .extend({ clientName: z.string(requiredWhenMissing).trim().max(200) })
  .refine(endNotBeforeStart.check, endNotBeforeStart.params);
/** Upwork's contract id, the number a Weekly Summary shows in parentheses. */
const upworkId = z.string().regex(/^\d{1,20}$/, 'validation.invalid');
export type ContractFieldsInput = z.input<typeof contractFieldsSchema>;

export const contractChannels = {
  'contracts:list': channel<Contract[]>()(z.undefined()),
  'contracts:create': channel<Contract>()(contractFieldsSchema),
  'contracts:update': channel<Contract>()(z.strictObject({ id, fields: contractFieldsSchema })),
  'contracts:delete': channel<DeletedContract>()(z.strictObject({ id })),
  'contracts:restore': channel<Contract>()(
    z.strictObject({
      contract: z.strictObject({
        id,
        fields: restoredFieldsSchema,
        createdAt: instant,
        upworkId: upworkId.nullable().default(null),
      }),
      transactionIds: z.array(id).max(100_000),
    }),
  ),
};
