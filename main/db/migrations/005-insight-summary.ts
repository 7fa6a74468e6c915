import { createInsightSummary } from '../insights/summary';
import type { Migration } from './types';

// The "what converts" summary table and the triggers that keep it in step (see insight-summary.ts).
export const insightSummary: Migration = {
  version: 5,
  name: 'weekly insight summary kept by triggers',
  up(db) {
    createInsightSummary(db);
  },
};
