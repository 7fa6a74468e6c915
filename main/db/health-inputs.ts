import type { Database } from 'better-sqlite3';
import type { TrailingWindow } from '../../shared/domain/health';
import { hasEarnings, hasTransactionsTable, weeklyEarnings } from './weekly-earnings';

// The trailing-window figures the health rules read besides the weekly series. Windows are
// half-open [from, to) over ISO UTC instants, like the weekly series.

/** Proposals sent in the window, and proposals hired in it (a win counts when it happened). */
export function trailingCounts(db: Database, from: string, to: string): Omit<TrailingWindow, 'days'> {
  const sent = db
    .prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM proposals WHERE sent_at >= ? AND sent_at < ?')
    .get(from, to)!.n;
  const hired = db
    .prepare<[string, string], { n: number }>(
      `SELECT count(DISTINCT proposal_id) AS n FROM proposal_events
       WHERE status = 'hired' AND occurred_at >= ? AND occurred_at < ?`,
    )
    .get(from, to)!.n;
  return { sent, hired };
}

/** Gross earnings in the window, with the dashboard's definition of an earning; 0 without a transactions table. */
export function earningsBetween(db: Database, from: string, to: string): number {
  return weeklyEarnings(db, [{ weekStart: '', startsAt: from, endsAt: to }])[0] ?? 0;
}

export { hasEarnings };

/**
 * When the first contract began, as far as Bidwell knows: the first hire recorded, or failing
 * that the first money received. Null when neither exists.
 */
export function firstContractAt(db: Database): string | null {
  const hire = db
    .prepare<[], { at: string | null }>("SELECT min(occurred_at) AS at FROM proposal_events WHERE status = 'hired'")
    .get()!.at;
  const money = hasTransactionsTable(db)
    ? db.prepare<[], { at: string | null }>('SELECT min(occurred_at) AS at FROM transactions WHERE amount_cents > 0').get()!.at
    : null;
  if (hire && money) return hire < money ? hire : money;
  return hire ?? money;
}

/**
 * Skills whose proposals sent before `before` (mature ones) were viewed most often, best first.
 * Only skills used on at least `minimum` proposals: one lucky view proves nothing.
 */
export function convertingSkills(db: Database, before: string, minimum = 5, limit = 5): string[] {
  return db
    .prepare<[string, number, number], { skill: string }>(
      `SELECT s.skill FROM proposal_skills s JOIN proposals p ON p.id = s.proposal_id
       WHERE p.sent_at < ?
       GROUP BY s.skill COLLATE NOCASE
       HAVING count(*) >= ? AND sum(p.furthest_stage >= 1) > 0
       ORDER BY avg(p.furthest_stage >= 1) DESC, count(*) DESC, s.skill
       LIMIT ?`,
    )
    .all(before, minimum, limit)
    .map((r) => r.skill);
}
