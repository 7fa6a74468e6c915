import { z } from 'zod';
import type { Dashboard, WeekReview } from '../domain/dashboard';
import { INSIGHT_PERIODS, type Insights } from '../domain/insights';
import { isLocalDate } from '../metrics/weeks';
import { channel } from './define';
import { inAcceptedYears } from './fields';

/** A local calendar date, "YYYY-MM-DD"; any day of a week stands for that week. */
const localDate = z
  .string({ error: 'validation.required' })
  .trim()
  .refine(isLocalDate, 'validation.invalidFormat')
  .refine(inAcceptedYears, 'validation.dateOutOfRange');

const trailing = z.union([z.literal(4), z.literal(8), z.literal(12)]).default(4);

export const dashboardChannels = {
  /** The weekly dashboard for one week (default: the last complete week, or this one if only it has proposals) against its trailing weeks. */
  'dashboard:get': channel<Dashboard>()(z.strictObject({ week: localDate.optional(), trailing })),
  /** One week's proposals and figures: the weekly review. */
  'dashboard:week': channel<WeekReview>()(z.strictObject({ week: localDate })),
  /** Rates by signal over the mature proposals of the last N months (0 = all time). */
  'insights:get': channel<Insights>()(
    z.strictObject({
      months: z
        .number()
        .refine(
          (m): m is (typeof INSIGHT_PERIODS)[number] => (INSIGHT_PERIODS as readonly number[]).includes(m),
          'validation.notAllowed',
        )
        .default(6),
    }),
  ),
};
