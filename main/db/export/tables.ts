import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

// What the exports read: the proposals as a spreadsheet row each, and every table as stored.

export type ProposalExportRow = Record<string, unknown> & {
  bid_cents: number | null;
  client_total_spent_cents: number | null;
  hourly_min_cents: number | null;
  hourly_max_cents: number | null;
  fixed_budget_cents: number | null;
};

/** Every proposal with its profile's name and its skills, oldest first. */
export function proposalExportRows(db: Database): ProposalExportRow[] {
  return prepared<[], ProposalExportRow>(
    db,
    `SELECT p.id, p.sent_at, pr.name AS profile, p.job_title, p.job_url, p.category,
              (SELECT group_concat(skill, ', ') FROM (SELECT skill FROM proposal_skills s WHERE s.proposal_id = p.id ORDER BY position)) AS skills,
              p.job_type, p.bid_cents, p.connects_spent, p.boost_connects, p.source, p.status, p.status_at,
              p.client_country, p.client_payment_verified, p.client_hire_rate, p.client_total_spent_cents,
              p.client_rating, p.proposals_band, p.minutes_after_posting, p.notes,
              p.experience_level, p.project_length, p.client_review_count, p.client_jobs_posted,
              p.client_open_jobs, p.client_hires, p.client_member_since,
              p.hourly_min_cents, p.hourly_max_cents, p.fixed_budget_cents, p.project_type,
              p.connects_required, p.client_active_hires
       FROM proposals p JOIN profiles pr ON pr.id = p.profile_id ORDER BY p.sent_at, p.id`,
  ).all();
}

/** Every table (SQLite's own aside), every row in storage order, by table name. */
export function allTables(db: Database): Record<string, unknown[]> {
  const tables = prepared<[], { name: string }>(
    db,
    // Ordinary tables only: the search index (a virtual table and its shadow tables) is derived data.
    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
    .all()
    .map((t) => t.name);
  return Object.fromEntries(tables.map((name) => [name, prepared(db, `SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}
