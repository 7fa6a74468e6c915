import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

/** The week (its first day) whose review was last shown, or null if none ever was on this database. */
export function lastReviewedWeek(db: Database): string | null {
  return prepared<[], { week: string }>(db, 'SELECT week FROM review_notice WHERE id = 1').get()?.week ?? null;
}

export function saveReviewedWeek(db: Database, week: string, at: string): void {
  prepared(
    db,
    `INSERT INTO review_notice (id, week, shown_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET week = excluded.week, shown_at = excluded.shown_at`,
  ).run(week, at);
}
