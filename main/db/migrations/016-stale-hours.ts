import { createStaleHours } from '../health/stale-hours';
import type { Migration } from './types';

// The Health screen's stale count from hourly totals kept by triggers (see stale-hours.ts).
export const staleHours: Migration = {
  version: 16,
  name: 'hourly totals of proposals waiting for an answer, kept by triggers',
  up(db) {
    createStaleHours(db);
  },
};
