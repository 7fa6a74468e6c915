import { z } from 'zod';
import {
  CHECKLIST_ITEMS,
  type ChecklistItem,
  type HealthReport,
  type HealthStatus,
  type JssEntry,
  type StaleMarking,
  type StaleProposal,
} from '../domain/health';
import { isLocalDate } from '../metrics/weeks';
import { channel } from './define';
import { id, inAcceptedYears } from './fields';

/** A calendar day, "2026-11-22" (what an <input type="date"> gives). */
export const localDate = z
  .string()
  .trim()
  .refine(isLocalDate, 'validation.date')
  .refine(inAcceptedYears, 'validation.dateOutOfRange');

/** Enough for any realistic backlog; a bigger list is a bug, not a user. */
const MAX_BATCH = 1000;

export const healthChannels = {
  /** The findings now: overall level and each rule (the banner). */
  'health:status': channel<HealthStatus>()(z.undefined()),
  /** Everything the Health screen shows. */
  'health:report': channel<HealthReport>()(z.undefined()),
  'health:addJss': channel<JssEntry>()(
    z.strictObject({ recordedOn: localDate, score: z.number().int('validation.wholeNumber').min(0).max(100) }),
  ),
  /** Returns the deleted entry so Undo can add it back. */
  'health:deleteJss': channel<JssEntry>()(z.strictObject({ id })),
  'health:setChecklistItem': channel<ChecklistItem[]>()(
    z.strictObject({ item: z.enum(CHECKLIST_ITEMS), done: z.boolean() }),
  ),
  'health:stale': channel<StaleProposal[]>()(z.undefined()),
  /** Marks the listed proposals "no response" (those still stale); returns what Undo needs. */
  'health:markStale': channel<StaleMarking>()(z.strictObject({ ids: z.array(id).min(1).max(MAX_BATCH) })),
  'health:unmarkStale': channel<{ restored: number }>()(
    z.strictObject({ eventIds: z.array(id).min(1).max(MAX_BATCH) }),
  ),
};
