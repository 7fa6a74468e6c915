import type { Database } from 'better-sqlite3';
import type {
  Proposal,
  ProposalDefaults,
  ProposalEvent,
  ProposalFields,
  ProposalListRow,
  ProposalPage,
  ProposalStatus,
} from '@shared/domain/proposal';
import { FIELD_COLUMNS, fieldsToParams, rowToEvent, rowToProposal, type EventRow, type ProposalRow } from './rows';
import { prepared } from '../statements';
import { searchQuery } from './search-query';
import { indexedSearchPage } from './search-list';
import { matchExpression } from './search-terms';

// Queries for proposals, their skills and their status history. Callers wrap multi-statement
// changes in db.transaction; every function here is synchronous.

/** `restoring`: the id and last-edit time of a deleted proposal being put back (undo). */
export function insertProposal(
  db: Database,
  fields: ProposalFields,
  now: string,
  restoring?: { id: number; updatedAt: string },
): number {
  const columns = [...FIELD_COLUMNS, 'status', 'status_at', 'created_at', 'updated_at'];
  if (restoring) columns.unshift('id');
  const info = prepared(
    db,
    `INSERT INTO proposals (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  ).run({
    ...fieldsToParams(fields),
    id: restoring?.id,
    status: 'sent',
    status_at: fields.sentAt,
    created_at: now,
    updated_at: restoring?.updatedAt ?? now,
  });
  const proposalId = Number(info.lastInsertRowid);
  replaceSkills(db, proposalId, fields.skills);
  return proposalId;
}

export function updateProposalFields(db: Database, id: number, fields: ProposalFields, now: string): void {
  const assignments = FIELD_COLUMNS.map((c) => `${c} = @${c}`).join(', ');
  prepared(db, `UPDATE proposals SET ${assignments}, updated_at = @updated_at WHERE id = @id`).run({
    ...fieldsToParams(fields),
    updated_at: now,
    id,
  });
  replaceSkills(db, id, fields.skills);
  // The "sent" event is the proposal's sent_at; keep them equal.
  prepared(db, "UPDATE proposal_events SET occurred_at = ? WHERE proposal_id = ? AND status = 'sent'").run(
    fields.sentAt,
    id,
  );
  refreshStatus(db, id);
}

function replaceSkills(db: Database, proposalId: number, skills: string[]): void {
  prepared(db, 'DELETE FROM proposal_skills WHERE proposal_id = ?').run(proposalId);
  const insert = prepared(db, 'INSERT INTO proposal_skills (proposal_id, position, skill) VALUES (?, ?, ?)');
  skills.forEach((skill, position) => insert.run(proposalId, position, skill));
}

export function getProposal(db: Database, id: number): Proposal | undefined {
  const row = prepared<[number], ProposalRow>(db, 'SELECT * FROM proposals WHERE id = ?').get(id);
  return row && rowToProposal(row, skillsOf(db, id));
}

function skillsOf(db: Database, proposalId: number): string[] {
  return prepared<[number], { skill: string }>(
    db,
    'SELECT skill FROM proposal_skills WHERE proposal_id = ? ORDER BY position',
  )
    .all(proposalId)
    .map((r) => r.skill);
}

export function eventsOf(db: Database, proposalId: number): ProposalEvent[] {
  return prepared<[number], EventRow>(
    db,
    'SELECT * FROM proposal_events WHERE proposal_id = ? ORDER BY occurred_at, id',
  )
    .all(proposalId)
    .map(rowToEvent);
}

export function getEvent(db: Database, eventId: number): ProposalEvent | undefined {
  const row = prepared<[number], EventRow>(db, 'SELECT * FROM proposal_events WHERE id = ?').get(eventId);
  return row && rowToEvent(row);
}

export function insertEvent(db: Database, event: Omit<ProposalEvent, 'id'> & { id?: number }): number {
  const info = prepared(
    db,
    `INSERT INTO proposal_events (id, proposal_id, status, occurred_at, recorded_at, note)
       VALUES (@id, @proposalId, @status, @occurredAt, @recordedAt, @note)`,
  ).run({ id: null, ...event });
  refreshStatus(db, event.proposalId);
  return Number(info.lastInsertRowid);
}

export function updateEvent(db: Database, eventId: number, occurredAt: string, note: string | null): void {
  prepared(db, 'UPDATE proposal_events SET occurred_at = ?, note = ? WHERE id = ?').run(occurredAt, note, eventId);
  const event = getEvent(db, eventId);
  if (event) refreshStatus(db, event.proposalId);
}

export function deleteEvent(db: Database, eventId: number): void {
  const event = getEvent(db, eventId);
  prepared(db, 'DELETE FROM proposal_events WHERE id = ?').run(eventId);
  if (event) refreshStatus(db, event.proposalId);
}

/**
 * The current status is the latest event by when it happened (ties: the one recorded last).
 * furthest_stage is the deepest of viewed (1) < interviewing (2) < offer (3) < hired (4) ever
 * reached, so a proposal declined after an interview still counts as interviewed.
 */
export function refreshStatus(db: Database, proposalId: number): void {
  prepared(
    db,
    `UPDATE proposals SET (status, status_at) = (
       SELECT status, occurred_at FROM proposal_events
       WHERE proposal_id = proposals.id ORDER BY occurred_at DESC, id DESC LIMIT 1),
     furthest_stage = coalesce((
       SELECT max(CASE status WHEN 'viewed' THEN 1 WHEN 'interviewing' THEN 2 WHEN 'offer' THEN 3
                              WHEN 'hired' THEN 4 ELSE 0 END)
       FROM proposal_events WHERE proposal_id = proposals.id), 0)
     WHERE id = ?`,
  ).run(proposalId);
}

/** Whether a proposal with this job title (case aside) was sent on the same UTC day as `sentAt`. */
export function isLoggedOn(db: Database, jobTitle: string, sentAt: string): boolean {
  return (
    prepared(
      db,
      'SELECT 1 FROM proposals WHERE job_title = ? COLLATE NOCASE AND substr(sent_at, 1, 10) = substr(?, 1, 10) LIMIT 1',
    ).get(jobTitle, sentAt) !== undefined
  );
}

export function deleteProposal(db: Database, id: number): void {
  prepared(db, 'DELETE FROM proposals WHERE id = ?').run(id);
}

export interface ListFilter {
  search: string;
  status: ProposalStatus | null;
  profileId: number | null;
  offset: number;
  limit: number;
}

/** The fields a LIKE (search-query.ts: CJK words, queries with no word) looks in, as the index does. */
const LIKE_ANY = `(p.job_title LIKE @like{n} ESCAPE '\\' OR p.category LIKE @like{n} ESCAPE '\\'
  OR p.notes LIKE @like{n} ESCAPE '\\' OR p.client_country LIKE @like{n} ESCAPE '\\'
  OR EXISTS (SELECT 1 FROM proposal_skills s WHERE s.proposal_id = p.id AND s.skill LIKE @like{n} ESCAPE '\\'))`;

const LIST_ROWS_FROM = `SELECT p.id, p.sent_at AS sentAt, p.job_title AS jobTitle, p.profile_id AS profileId,
    pr.name AS profileName, p.status, p.status_at AS statusAt, p.job_type AS jobType,
    p.bid_cents AS bidCents, p.connects_spent AS connectsSpent, p.boost_connects AS boostConnects
  FROM proposals p JOIN profiles pr ON pr.id = p.profile_id`;

export function listProposals(db: Database, filter: ListFilter): ProposalPage {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const search = searchQuery(filter.search);
  search.likes.forEach((pattern, n) => {
    where.push(LIKE_ANY.replaceAll('{n}', String(n)));
    params[`like${n}`] = pattern;
  });
  if (filter.status) {
    where.push('p.status = @status');
    params.status = filter.status;
  }
  if (filter.profileId !== null) {
    where.push('p.profile_id = @profileId');
    params.profileId = filter.profileId;
  }
  const { offset, limit } = filter;
  if (search.words.length) {
    const match = matchExpression(db, search.words);
    return indexedSearchPage(db, { match, where, params, offset, limit, rowsFrom: LIST_ROWS_FROM });
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = prepared<[typeof params], { n: number }>(db, `SELECT count(*) AS n FROM proposals p ${whereSql}`).get(
    params,
  )!.n;
  const rows = prepared<[typeof params], ProposalListRow>(
    db,
    `${LIST_ROWS_FROM} ${whereSql} ORDER BY p.sent_at DESC, p.id DESC LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit, offset });
  return { rows, total, totalCapped: false };
}

/** The form's defaults: what the most recently logged proposal used. */
export function lastUsedDefaults(db: Database): ProposalDefaults {
  const row = prepared<[], { profile_id: number; job_type: ProposalDefaults['jobType']; connects_spent: number }>(
    db,
    `SELECT p.profile_id, p.job_type, p.connects_spent FROM proposals p
       JOIN profiles pr ON pr.id = p.profile_id AND pr.archived_at IS NULL
       ORDER BY p.created_at DESC, p.id DESC LIMIT 1`,
  ).get();
  return {
    profileId: row?.profile_id ?? null,
    jobType: row?.job_type ?? null,
    connectsSpent: row?.connects_spent ?? null,
  };
}
