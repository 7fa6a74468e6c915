import type { Database } from 'better-sqlite3';
import type { InsightDimension } from '@shared/domain/insights';
import {
  CLIENT_HIRE_RATE_BANDS,
  CLIENT_SPEND_BANDS,
  FIXED_BID_BANDS,
  HOURLY_BID_BANDS,
  SPEED_BANDS,
  type Band,
} from '@shared/metrics/bands';

// insight_weekly: sent / viewed / hired per (UTC week, dimension, value), kept current by
// triggers on proposals and proposal_skills. Grouping 100,000 proposals by eleven signals
// costs ~10 ms per signal in SQLite (a sort per GROUP BY); summing a few thousand summary rows
// costs a few ms in all. Triggers (not application code) keep it in step, so every write
// path (the handlers, imports, restores, sample data) is covered.
// Changing a band or a dimension needs a new migration that drops and recreates the triggers
// and calls rebuildInsightSummary.

/** Bands come from code, never from input; checked anyway before they become SQL text. */
function bandCase(column: string, bands: readonly Band[]): string {
  for (const band of bands) {
    if (
      !/^[a-zA-Z]+:\d+$/.test(band.key) ||
      !Number.isFinite(band.min) ||
      (band.max !== null && !Number.isFinite(band.max))
    ) {
      throw new Error(`Bad band ${JSON.stringify(band)}`);
    }
  }
  const whens = bands.map((b) => (b.max === null ? `ELSE '${b.key}'` : `WHEN ${column} < ${b.max} THEN '${b.key}'`));
  return `CASE WHEN ${column} IS NULL OR ${column} < ${bands[0]!.min} THEN NULL ${whens.join(' ')} END`;
}

/** Each dimension's group key for a proposals row (`r` is NEW, OLD or a table alias). NULL = not recorded. */
export function dimensionExpressions(r: string): Record<Exclude<InsightDimension, 'skill'>, string> {
  return {
    category: `${r}.category`,
    source: `${r}.source`,
    jobType: `${r}.job_type`,
    bid: `CASE ${r}.job_type WHEN 'hourly' THEN ${bandCase(`${r}.bid_cents`, HOURLY_BID_BANDS)} WHEN 'fixed' THEN ${bandCase(`${r}.bid_cents`, FIXED_BID_BANDS)} END`,
    paymentVerified: `CASE ${r}.client_payment_verified WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END`,
    clientHireRate: bandCase(`${r}.client_hire_rate`, CLIENT_HIRE_RATE_BANDS),
    clientSpend: bandCase(`${r}.client_total_spent_cents`, CLIENT_SPEND_BANDS),
    proposalsBand: `${r}.proposals_band`,
    speed: bandCase(`${r}.minutes_after_posting`, SPEED_BANDS),
    boosted: `CASE WHEN ${r}.boost_connects > 0 THEN 'yes' ELSE 'no' END`,
  };
}

/** The Monday (UTC) starting the week of an ISO instant: the summary's time bucket. */
export const utcWeek = (sentAt: string) => `date(${sentAt}, '-6 days', 'weekday 1')`;

const UPSERT = `ON CONFLICT (week, dimension, value) DO UPDATE SET
  sent = sent + excluded.sent, viewed = viewed + excluded.viewed, hired = hired + excluded.hired`;

/** Adds (sign 1) or takes off (sign -1) one proposals row's contribution to every dimension. */
function proposalContribution(r: 'NEW' | 'OLD', sign: 1 | -1): string {
  const values = Object.entries(dimensionExpressions(r))
    .map(([dimension, expression]) => `SELECT '${dimension}' AS dimension, ${expression} AS value`)
    .join(' UNION ALL ');
  return `INSERT INTO insight_weekly (week, dimension, value, sent, viewed, hired)
    SELECT ${utcWeek(`${r}.sent_at`)}, d.dimension, d.value, ${sign}, ${sign} * (${r}.furthest_stage >= 1), ${sign} * (${r}.furthest_stage >= 4)
    FROM (${values}) d WHERE d.value IS NOT NULL
    ${UPSERT};`;
}

/** The same for a proposal's skills, read from proposal_skills. */
function skillsContribution(r: 'NEW' | 'OLD', sign: 1 | -1): string {
  return `INSERT INTO insight_weekly (week, dimension, value, sent, viewed, hired)
    SELECT ${utcWeek(`${r}.sent_at`)}, 'skill', s.skill, ${sign}, ${sign} * (${r}.furthest_stage >= 1), ${sign} * (${r}.furthest_stage >= 4)
    FROM proposal_skills s WHERE s.proposal_id = ${r}.id
    ${UPSERT};`;
}

function oneSkill(r: 'NEW' | 'OLD', sign: 1 | -1): string {
  return `INSERT INTO insight_weekly (week, dimension, value, sent, viewed, hired)
    SELECT ${utcWeek('p.sent_at')}, 'skill', ${r}.skill, ${sign}, ${sign} * (p.furthest_stage >= 1), ${sign} * (p.furthest_stage >= 4)
    FROM proposals p WHERE p.id = ${r}.proposal_id
    ${UPSERT};`;
}

const WATCHED = [
  'sent_at',
  'furthest_stage',
  'category',
  'source',
  'job_type',
  'bid_cents',
  'client_payment_verified',
  'client_hire_rate',
  'client_total_spent_cents',
  'proposals_band',
  'minutes_after_posting',
  'boost_connects',
];

export function createInsightSummary(db: Database): void {
  db.exec(`
    CREATE TABLE insight_weekly (
      week      TEXT NOT NULL, -- UTC Monday "YYYY-MM-DD" of sent_at
      dimension TEXT NOT NULL,
      value     TEXT NOT NULL COLLATE NOCASE,
      sent      INTEGER NOT NULL,
      viewed    INTEGER NOT NULL,
      hired     INTEGER NOT NULL,
      PRIMARY KEY (week, dimension, value)
    ) STRICT;

    CREATE TRIGGER insight_proposal_insert AFTER INSERT ON proposals BEGIN
      ${proposalContribution('NEW', 1)}
    END;

    CREATE TRIGGER insight_proposal_update AFTER UPDATE OF ${WATCHED.join(', ')} ON proposals
    WHEN ${WATCHED.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')}
    BEGIN
      ${proposalContribution('OLD', -1)}
      ${proposalContribution('NEW', 1)}
      ${skillsContribution('OLD', -1)}
      ${skillsContribution('NEW', 1)}
    END;

    -- BEFORE: the skills are still there to take off. The cascade that deletes them next finds
    -- no proposal any more, so insight_skill_delete adds nothing twice.
    CREATE TRIGGER insight_proposal_delete BEFORE DELETE ON proposals BEGIN
      ${proposalContribution('OLD', -1)}
      ${skillsContribution('OLD', -1)}
    END;

    CREATE TRIGGER insight_skill_insert AFTER INSERT ON proposal_skills BEGIN
      ${oneSkill('NEW', 1)}
    END;

    CREATE TRIGGER insight_skill_delete AFTER DELETE ON proposal_skills BEGIN
      ${oneSkill('OLD', -1)}
    END;
  `);
  rebuildInsightSummary(db);
}

/** Recomputes the whole summary from the proposals (the migration's backfill; tests compare against it). */
export function rebuildInsightSummary(db: Database): void {
  const expressions = dimensionExpressions('p');
  const arms = Object.entries(expressions).map(
    ([dimension, expression]) =>
      `SELECT ${utcWeek('p.sent_at')} AS week, '${dimension}' AS dimension, ${expression} AS value, p.furthest_stage AS stage FROM proposals p`,
  );
  arms.push(
    `SELECT ${utcWeek('p.sent_at')}, 'skill', s.skill, p.furthest_stage FROM proposals p JOIN proposal_skills s ON s.proposal_id = p.id`,
  );
  db.exec(`
    DELETE FROM insight_weekly;
    INSERT INTO insight_weekly (week, dimension, value, sent, viewed, hired)
      SELECT week, dimension, value, count(*), sum(stage >= 1), sum(stage >= 4)
      FROM (${arms.join(' UNION ALL ')}) WHERE value IS NOT NULL
      GROUP BY week, dimension, value COLLATE NOCASE;
  `);
}
