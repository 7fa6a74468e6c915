import type { Migration } from './types';

// The weekly review (issue 11): the last week whose review was shown, one row, so a restart never
// repeats it. One computer's state, like health_notice: it does not sync (docs/sync.md).
export const weeklyReview: Migration = {
  version: 9,
  name: 'weekly review notice',
  up(db) {
    db.exec(`
      CREATE TABLE review_notice (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        week     TEXT NOT NULL CHECK (week GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        shown_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
