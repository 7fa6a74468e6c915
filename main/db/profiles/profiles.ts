import type { Database } from 'better-sqlite3';
import type { Profile, ProfileKind } from '@shared/domain/proposal';
import { prepared } from '../statements';

interface ProfileRow {
  id: number;
  name: string;
  kind: ProfileKind;
  archived_at: string | null;
  created_at: string;
  proposal_count: number;
}

const SELECT = `
  SELECT p.id, p.name, p.kind, p.archived_at, p.created_at,
         (SELECT count(*) FROM proposals WHERE profile_id = p.id) AS proposal_count
  FROM profiles p`;

function toProfile(row: ProfileRow): Profile {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    proposalCount: row.proposal_count,
  };
}

/** Active profiles first, then by name. */
export function listProfiles(db: Database): Profile[] {
  const rows = prepared<[], ProfileRow>(db, `${SELECT} ORDER BY p.archived_at IS NOT NULL, p.name`).all();
  return rows.map(toProfile);
}

export function getProfile(db: Database, id: number): Profile | undefined {
  const row = prepared<[number], ProfileRow>(db, `${SELECT} WHERE p.id = ?`).get(id);
  return row && toProfile(row);
}

export function findProfileByName(db: Database, name: string): Profile | undefined {
  const row = prepared<[string], ProfileRow>(db, `${SELECT} WHERE p.name = ?`).get(name);
  return row && toProfile(row);
}

export function insertProfile(db: Database, name: string, kind: ProfileKind, now: string): number {
  const info = prepared(db, 'INSERT INTO profiles (name, kind, created_at) VALUES (?, ?, ?)').run(name, kind, now);
  return Number(info.lastInsertRowid);
}

export function renameProfile(db: Database, id: number, name: string): void {
  prepared(db, 'UPDATE profiles SET name = ? WHERE id = ?').run(name, id);
}

export function setProfileArchived(db: Database, id: number, archivedAt: string | null): void {
  prepared(db, 'UPDATE profiles SET archived_at = ? WHERE id = ?').run(archivedAt, id);
}

export function countActiveProfiles(db: Database): number {
  return prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM profiles WHERE archived_at IS NULL').get()!.n;
}

export function firstActiveProfileId(db: Database): number | undefined {
  return prepared<[], { id: number }>(db, 'SELECT id FROM profiles WHERE archived_at IS NULL ORDER BY id LIMIT 1').get()
    ?.id;
}

/** Just what logging a proposal needs to know, without counting the profile's proposals. */
export function profileBasics(db: Database, id: number): { name: string; archived: boolean } | undefined {
  const row = prepared<[number], { name: string; archived: number }>(
    db,
    'SELECT name, archived_at IS NOT NULL AS archived FROM profiles WHERE id = ?',
  ).get(id);
  return row && { name: row.name, archived: row.archived === 1 };
}
