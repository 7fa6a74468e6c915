import { createSentBuckets } from '../dashboard/sent-buckets';
import type { Migration } from './types';

// The dashboard's hourly buckets and all-time totals, and the triggers that keep them in step (see sent-buckets.ts).
export const sentBuckets: Migration = {
  version: 11,
  name: 'hourly dashboard buckets and totals kept by triggers',
  up(db) {
    createSentBuckets(db);
  },
};
