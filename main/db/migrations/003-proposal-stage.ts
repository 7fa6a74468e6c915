import type { Migration } from './types';

// The furthest stage a proposal reached, cached beside its current status: 0 sent, 1 viewed,
// 2 interviewing, 3 offer, 4 hired. A proposal later declined still counts as viewed, so
// "viewed" is `furthest_stage >= 1`, one column read instead of a scan of its history.
// The covering index lets the weekly series aggregate 100,000 proposals from the index alone.
const STAGE_RANK_SQL = `CASE status WHEN 'viewed' THEN 1 WHEN 'interviewing' THEN 2 WHEN 'offer' THEN 3 WHEN 'hired' THEN 4 ELSE 0 END`;

export const proposalStage: Migration = {
  version: 3,
  name: 'furthest stage reached per proposal, weekly covering index',
  up(db) {
    db.exec(`
      ALTER TABLE proposals ADD COLUMN furthest_stage INTEGER NOT NULL DEFAULT 0
        CHECK (furthest_stage BETWEEN 0 AND 4);
      UPDATE proposals SET furthest_stage = coalesce(
        (SELECT max(${STAGE_RANK_SQL}) FROM proposal_events WHERE proposal_id = proposals.id), 0);
      CREATE INDEX proposals_weekly ON proposals (sent_at, furthest_stage, connects_spent, boost_connects);
    `);
  },
};
