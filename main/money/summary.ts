import type { ChannelParsed } from '@shared/contract';
import { moneySummary } from '../db/money/summary';
import { getSettings } from '../db/settings/settings';
import type { DomainContext } from '../core/handler-context';

/** Earnings and Connects figures for a range, bucketed in the user's weeks and months. */
export function moneySummaryFor({ db, now }: DomainContext, range: ChannelParsed<'money:summary'>) {
  const { timeZone, weekStart } = getSettings(db);
  return moneySummary(db, range, { timeZone, weekStart }, now());
}
