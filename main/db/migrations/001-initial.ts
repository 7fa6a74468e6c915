import type { Migration } from './types';

// Money in integer cents, instants as ISO-8601 UTC text, enums as text checked here so a bad
// value fails loudly at the database even if a caller skipped validation.
export const initial: Migration = {
  version: 1,
  name: 'profiles, proposals, status history, settings',
  up(db, now) {
    db.exec(`
      CREATE TABLE profiles (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
        kind        TEXT NOT NULL DEFAULT 'general' CHECK (kind IN ('general', 'specialized', 'agency')),
        archived_at TEXT,
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE proposals (
        id                       INTEGER PRIMARY KEY,
        profile_id               INTEGER NOT NULL REFERENCES profiles (id),
        sent_at                  TEXT NOT NULL,
        job_title                TEXT NOT NULL,
        job_url                  TEXT,
        category                 TEXT,
        job_type                 TEXT CHECK (job_type IN ('hourly', 'fixed')),
        bid_cents                INTEGER CHECK (bid_cents >= 0),
        connects_spent           INTEGER NOT NULL DEFAULT 0 CHECK (connects_spent >= 0),
        boost_connects           INTEGER NOT NULL DEFAULT 0 CHECK (boost_connects >= 0),
        source                   TEXT CHECK (source IN ('search', 'best_match', 'most_recent', 'invite', 'other')),
        client_country           TEXT,
        client_payment_verified  INTEGER CHECK (client_payment_verified IN (0, 1)),
        client_hire_rate         INTEGER CHECK (client_hire_rate BETWEEN 0 AND 100),
        client_total_spent_cents INTEGER CHECK (client_total_spent_cents >= 0),
        client_rating            REAL CHECK (client_rating BETWEEN 0 AND 5),
        proposals_band           TEXT,
        minutes_after_posting    INTEGER CHECK (minutes_after_posting >= 0),
        cover_letter             TEXT,
        notes                    TEXT,
        -- Cached from proposal_events (latest occurred_at) so the list can filter by status
        -- without a correlated subquery per row; rewritten in the same transaction as any event change.
        status                   TEXT NOT NULL DEFAULT 'sent',
        status_at                TEXT NOT NULL,
        created_at               TEXT NOT NULL,
        updated_at               TEXT NOT NULL
      ) STRICT;

      CREATE INDEX proposals_sent_at ON proposals (sent_at);
      CREATE INDEX proposals_profile_sent_at ON proposals (profile_id, sent_at);
      CREATE INDEX proposals_status_sent_at ON proposals (status, sent_at);

      -- Skills as rows, not a JSON column, so "which skills convert" is a GROUP BY.
      CREATE TABLE proposal_skills (
        proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        skill       TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (proposal_id, position)
      ) STRICT;
      CREATE INDEX proposal_skills_skill ON proposal_skills (skill);

      CREATE TABLE proposal_events (
        id          INTEGER PRIMARY KEY,
        proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        status      TEXT NOT NULL CHECK (status IN ('sent', 'viewed', 'interviewing', 'offer', 'hired',
                                                    'declined', 'withdrawn', 'no_response', 'job_closed')),
        occurred_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        note        TEXT
      ) STRICT;
      CREATE INDEX proposal_events_proposal ON proposal_events (proposal_id, occurred_at);

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL -- JSON
      ) STRICT;
    `);
    db.prepare('INSERT INTO profiles (name, kind, created_at) VALUES (?, ?, ?)').run(
      'General',
      'general',
      now.toISOString(),
    );
  },
};
