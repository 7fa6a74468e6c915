import type { Database } from 'better-sqlite3';
import type { HealthLevel } from '@shared/domain/health';
import { prepared } from '../statements';

/** The overall level as of the last check, or null if health was never checked on this database. */
export function lastCheckedLevel(db: Database): HealthLevel | null {
  return prepared<[], { level: HealthLevel }>(db, 'SELECT level FROM health_notice WHERE id = 1').get()?.level ?? null;
}

export function saveCheckedLevel(db: Database, level: HealthLevel, at: string): void {
  prepared(
    db,
    `INSERT INTO health_notice (id, level, checked_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET level = excluded.level, checked_at = excluded.checked_at`,
  ).run(level, at);
}
