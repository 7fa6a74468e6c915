import type { Database } from 'better-sqlite3';
import { STAGE_RANK } from '@shared/metrics/stages';
import { generateSample, type SampleData } from '@shared/sample-data/generate';
import { prepared } from '../statements';

// Writes generated sample data in one transaction with prepared statements: fast enough to
// build the benchmark's 100,000 proposals in seconds. status, status_at and furthest_stage are
// worked out here from the (ordered) history instead of calling refreshStatus per proposal;
// test/db/sample-data.test.ts checks they equal what refreshStatus computes.

export function isEmptyOfProposals(db: Database): boolean {
  return prepared(db, 'SELECT 1 FROM proposals LIMIT 1').get() === undefined;
}

export function insertSampleData(db: Database, data: SampleData, now: string): { proposals: number; events: number } {
  const findProfile = prepared<[string], { id: number }>(db, 'SELECT id FROM profiles WHERE name = ?');
  const insertProfile = prepared(db, 'INSERT INTO profiles (name, kind, created_at) VALUES (?, ?, ?)');
  const insertProposal = prepared(
    db,
    `INSERT INTO proposals (profile_id, sent_at, job_title, job_url, category, job_type, bid_cents,
       connects_spent, boost_connects, source, client_country, client_payment_verified, client_hire_rate,
       client_total_spent_cents, client_rating, proposals_band, minutes_after_posting, cover_letter, notes,
       status, status_at, furthest_stage, created_at, updated_at)
     VALUES (@profileId, @sentAt, @jobTitle, @jobUrl, @category, @jobType, @bidCents,
       @connectsSpent, @boostConnects, @source, @clientCountry, @clientPaymentVerified, @clientHireRate,
       @clientTotalSpentCents, @clientRating, @proposalsBand, @minutesAfterPosting, @coverLetter, @notes,
       @status, @statusAt, @furthestStage, @sentAt, @sentAt)`,
  );
  const insertSkill = prepared(db, 'INSERT INTO proposal_skills (proposal_id, position, skill) VALUES (?, ?, ?)');
  const insertPurchase = prepared(
    db,
    `INSERT INTO connects_ledger (occurred_at, kind, connects, cost_cents, note, transaction_id, created_at)
       VALUES (?, 'purchase', ?, ?, NULL, NULL, ?)`,
  );
  const insertEvent = prepared(
    db,
    'INSERT INTO proposal_events (proposal_id, status, occurred_at, recorded_at, note) VALUES (?, ?, ?, ?, NULL)',
  );

  return db
    .transaction(() => {
      const profileIds = data.profiles.map(
        (p) => findProfile.get(p.name)?.id ?? Number(insertProfile.run(p.name, p.kind, now).lastInsertRowid),
      );
      let events = 0;
      for (const proposal of data.proposals) {
        const last = proposal.events.at(-1)!;
        const { skills, clientPaymentVerified, ...fields } = proposal.fields;
        const id = Number(
          insertProposal.run({
            ...fields,
            clientPaymentVerified: clientPaymentVerified === null ? null : clientPaymentVerified ? 1 : 0,
            profileId: profileIds[proposal.profile],
            status: last.status,
            statusAt: last.occurredAt,
            furthestStage: Math.max(...proposal.events.map((e) => STAGE_RANK[e.status])),
          }).lastInsertRowid,
        );
        skills.forEach((skill, position) => insertSkill.run(id, position, skill));
        for (const event of proposal.events) insertEvent.run(id, event.status, event.occurredAt, event.occurredAt);
        events += proposal.events.length;
      }
      for (const p of data.connects) insertPurchase.run(p.occurredAt, p.connects, p.costCents, p.occurredAt);
      return { proposals: data.proposals.length, events };
    })
    .immediate();
}

/** What "Try with sample data" shows: a year of a freelancer with three profiles, ~25 proposals a week. */
export const NEWCOMER_SAMPLE = { seed: 20261122, weeks: 52, count: 1300 } as const;

/** Fills the sample database the first time it is opened; later opens keep what the user did there. */
export function fillSampleIfEmpty(db: Database, now: Date): boolean {
  if (!isEmptyOfProposals(db)) return false;
  const stamp = now.toISOString();
  insertSampleData(db, generateSample({ ...NEWCOMER_SAMPLE, end: stamp }), stamp);
  return true;
}
