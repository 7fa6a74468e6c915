import { initial } from './001-initial';
import { money } from './002-money';
import { proposalStage } from './003-proposal-stage';
import { health } from './004-health';
import { insightSummary } from './005-insight-summary';
import { healthIndexes } from './006-health-indexes';
import { weeklySummary } from './007-weekly-summary';
import { syncIdentity } from './008-sync-identity';
import { weeklyReview } from './009-weekly-review';
import { syncSettings } from './010-sync-settings';
import { sentBuckets } from './011-sent-buckets';
import { jobClientFields } from './012-job-client-fields';
import { searchIndex } from './013-search-index';
import { jobPriceFields } from './014-job-price-fields';
import { quietCapture } from './015-quiet-capture';
import { staleHours } from './016-stale-hours';
import type { Migration } from './types';

/** Every schema version in order. Append only: a shipped migration is never edited. */
export const migrations: readonly Migration[] = [
  initial,
  money,
  proposalStage,
  health,
  insightSummary,
  healthIndexes,
  weeklySummary,
  syncIdentity,
  weeklyReview,
  syncSettings,
  sentBuckets,
  jobClientFields,
  searchIndex,
  jobPriceFields,
  quietCapture,
  staleHours,
];

export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;
