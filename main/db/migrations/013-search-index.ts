import { createSearchIndex } from '../proposals/search-index';
import type { Migration } from './types';

// The proposals list's full-text index, its backfill and the triggers that keep it in step (see search-index.ts).
export const searchIndex: Migration = {
  version: 13,
  name: 'full-text search index for the proposals list',
  up(db) {
    createSearchIndex(db);
  },
};
