import type { Migration } from './types';

// Account health: the JSS the user reads off Upwork now and then, the profile-readiness ticks,
// and the last overall level seen by the notifier, so a restart never repeats a notification.
export const health: Migration = {
  version: 4,
  name: 'JSS history, profile checklist, last health level notified',
  up(db) {
    db.exec(`
      CREATE TABLE jss_entries (
        id          INTEGER PRIMARY KEY,
        recorded_on TEXT NOT NULL CHECK (recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX jss_entries_recorded_on ON jss_entries (recorded_on);

      CREATE TABLE profile_checklist (
        item    TEXT PRIMARY KEY,
        done_at TEXT NOT NULL
      ) STRICT;

      -- One row: the overall level as of the last check. Absent = never checked.
      CREATE TABLE health_notice (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        level      TEXT NOT NULL CHECK (level IN ('ok', 'watch', 'at_risk')),
        checked_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
