import type { Database } from 'better-sqlite3';
import type { JssEntry } from '@shared/domain/health';
import { prepared } from '../statements';

const SELECT = 'SELECT id, recorded_on AS recordedOn, score FROM jss_entries';

/** Oldest first; entries on the same day in the order they were typed. */
export function listJss(db: Database): JssEntry[] {
  return prepared<[], JssEntry>(db, `${SELECT} ORDER BY recorded_on, id`).all();
}

export function getJss(db: Database, id: number): JssEntry | undefined {
  return prepared<[number], JssEntry>(db, `${SELECT} WHERE id = ?`).get(id);
}

export function insertJss(db: Database, entry: Omit<JssEntry, 'id'> & { id?: number }, now: string): number {
  const info = prepared(db, 'INSERT INTO jss_entries (id, recorded_on, score, created_at) VALUES (?, ?, ?, ?)').run(
    entry.id ?? null,
    entry.recordedOn,
    entry.score,
    now,
  );
  return Number(info.lastInsertRowid);
}

export function deleteJss(db: Database, id: number): void {
  prepared(db, 'DELETE FROM jss_entries WHERE id = ?').run(id);
}
