import type { Database } from 'better-sqlite3';
import type { JssEntry } from '@shared/domain/health';

const SELECT = 'SELECT id, recorded_on AS recordedOn, score FROM jss_entries';

/** Oldest first; entries on the same day in the order they were typed. */
export function listJss(db: Database): JssEntry[] {
  return db.prepare<[], JssEntry>(`${SELECT} ORDER BY recorded_on, id`).all();
}

export function getJss(db: Database, id: number): JssEntry | undefined {
  return db.prepare<[number], JssEntry>(`${SELECT} WHERE id = ?`).get(id);
}

export function insertJss(db: Database, entry: Omit<JssEntry, 'id'> & { id?: number }, now: string): number {
  const info = db
    .prepare('INSERT INTO jss_entries (id, recorded_on, score, created_at) VALUES (?, ?, ?, ?)')
    .run(entry.id ?? null, entry.recordedOn, entry.score, now);
  return Number(info.lastInsertRowid);
}

export function deleteJss(db: Database, id: number): void {
  db.prepare('DELETE FROM jss_entries WHERE id = ?').run(id);
}
