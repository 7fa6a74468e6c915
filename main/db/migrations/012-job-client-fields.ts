import { installSync } from '../sync/capture';
import type { Migration } from './types';

// What a pasted job post tells about the job and its client, kept with the proposal (issue 9):
// the job's experience level and length, and the client's reviews, jobs posted, open jobs, hires
// and member-since date. All optional: a proposal typed by hand has none. The capture triggers
// are rebuilt so the new columns sync (docs/sync.md); the team's server keeps rows as JSON and
// needs no change.
export const jobClientFields: Migration = {
  version: 12,
  name: 'job and client fields read from a pasted job post',
  up(db) {
    db.exec(`
      ALTER TABLE proposals ADD COLUMN experience_level TEXT
        CHECK (experience_level IN ('entry', 'intermediate', 'expert'));
      ALTER TABLE proposals ADD COLUMN project_length TEXT
        CHECK (project_length IN ('lt1week', 'lt1month', '1to3months', '3to6months', 'gt6months'));
      ALTER TABLE proposals ADD COLUMN client_review_count INTEGER CHECK (client_review_count >= 0);
      ALTER TABLE proposals ADD COLUMN client_jobs_posted INTEGER CHECK (client_jobs_posted >= 0);
      ALTER TABLE proposals ADD COLUMN client_open_jobs INTEGER CHECK (client_open_jobs >= 0);
      ALTER TABLE proposals ADD COLUMN client_hires INTEGER CHECK (client_hires >= 0);
      -- A calendar date, YYYY-MM-DD ("Member since Mar 12, 2019").
      ALTER TABLE proposals ADD COLUMN client_member_since TEXT;
    `);
    installSync(db);
  },
};
