import type { Database } from 'better-sqlite3';
import type { Profile, ProfileKind } from '../../shared/domain/proposal';

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
  const rows = db
    .prepare<[], ProfileRow>(`${SELECT} ORDER BY p.archived_at IS NOT NULL, p.name`)
    .all();
  return rows.map(toProfile);
}

export function getProfile(db: Database, id: number): Profile | undefined {
  const row = db.prepare<[number], ProfileRow>(`${SELECT} WHERE p.id = ?`).get(id);
  return row && toProfile(row);
}

export function findProfileByName(db: Database, name: string): Profile | undefined {
  const row = db.prepare<[string], ProfileRow>(`${SELECT} WHERE p.name = ?`).get(name);
  return row && toProfile(row);
}

export function insertProfile(db: Database, name: string, kind: ProfileKind, now: string): number {
  const info = db
    .prepare('INSERT INTO profiles (name, kind, created_at) VALUES (?, ?, ?)')
    .run(name, kind, now);
  return Number(info.lastInsertRowid);
}

export function renameProfile(db: Database, id: number, name: string): void {
  db.prepare('UPDATE profiles SET name = ? WHERE id = ?').run(name, id);
}

export function setProfileArchived(db: Database, id: number, archivedAt: string | null): void {
  db.prepare('UPDATE profiles SET archived_at = ? WHERE id = ?').run(archivedAt, id);
}

export function countActiveProfiles(db: Database): number {
  return db
    .prepare<[], { n: number }>('SELECT count(*) AS n FROM profiles WHERE archived_at IS NULL')
    .get()!.n;
}

export function firstActiveProfileId(db: Database): number | undefined {
  return db
    .prepare<[], { id: number }>(
      'SELECT id FROM profiles WHERE archived_at IS NULL ORDER BY id LIMIT 1',
    )
    .get()?.id;
}
