import { z } from 'zod';
import type { HourlyRates } from '../domain/hours';
import type { MoneySummary } from '../domain/money';
import { channel } from './define';
import { instant } from './fields';

export const moneyChannels = {
  /** Earnings and Connects figures for [from, to): the Earnings screen and the dashboard's earnings tile. */
  'money:summary': channel<MoneySummary>()(
    z
      .strictObject({ from: instant, to: instant })
      .refine((r) => r.from < r.to, { path: ['to'], message: 'validation.endBeforeStart' }),
  ),
  /** Hours beside what they paid, by month and by what won the contract (docs/money.md). */
  'money:hourlyRates': channel<HourlyRates>()(z.undefined()),
};
