import { z } from 'zod';
import { INSIGHT_PERIODS, type Insights } from '../domain/insights';
import { channel } from './define';

export const insightChannels = {
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
