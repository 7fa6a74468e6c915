import type { Database } from 'better-sqlite3';
import type { ActivityHistory } from '@shared/domain/forecast';
import type { Settings } from '@shared/domain/settings';
import { PACE_DAYS } from '@shared/health/projection';
import { earningsPerDay, hiresPerDay, sentPerDay } from '../db/health/daily';
import { firstSentAt } from '../db/dashboard/week-review';

const DAY_MS = 86_400_000;

/** The daily history the forecasts need: the longest trailing window of the rules, or the pace's four weeks. */
export function activityHistory(db: Database, now: Date, settings: Settings): ActivityHistory {
  const days = Math.max(settings.conversionWindowDays, settings.incomeWindowDays, PACE_DAYS);
  const first = firstSentAt(db);
  return {
    sent: sentPerDay(db, now, days),
    hired: hiresPerDay(db, now, days),
    earnedCents: earningsPerDay(db, now, days),
    daysSinceFirstProposal:
      first === null ? null : Math.max(0, Math.floor((now.getTime() - Date.parse(first)) / DAY_MS)),
  };
}
