import { z } from 'zod';
import type { Dashboard, WeekReview } from '../domain/dashboard';
import { isLocalDate } from '../metrics/weeks';
import { channel } from './define';
import { inAcceptedYears } from './fields';

/** A local calendar date, "YYYY-MM-DD"; any day of a week stands for that week. */
export const weekDate = z
  .string({ error: 'validation.required' })
  .trim()
  .refine(isLocalDate, 'validation.invalidFormat')
  .refine(inAcceptedYears, 'validation.dateOutOfRange');

const trailing = z.union([z.literal(4), z.literal(8), z.literal(12)]).default(4);

export const dashboardChannels = {
  /** The weekly dashboard for one week (default: the last complete week, or this one if only it has proposals) against its trailing weeks. */
  'dashboard:get': channel<Dashboard>()(z.strictObject({ week: weekDate.optional(), trailing })),
  /** One week's proposals and figures: the weekly review. */
  'dashboard:week': channel<WeekReview>()(z.strictObject({ week: weekDate })),
};
