import type { Database } from 'better-sqlite3';
import type { Invoke } from '@main/ipc/invoke';
import type { Dashboard } from '@shared/domain/dashboard';
import { value } from './results';

// The sample data is generated back from "now", so which week holds what changes with the
// pinned instant. Tests of the sample dashboard ask the data what to expect instead of
// assuming what one day's sample happened to contain.

/** The dashboard as it opens (the default week, 4 trailing weeks), straight from the handler. */
export function openingDashboard(invoke: Invoke): Dashboard {
  return value<Dashboard>(invoke('dashboard:get', { trailing: 4 }));
}

/** What the hire-rate tile says under the rate for the week the dashboard opens on. */
export function expectedPerHireText(dashboard: Dashboard): string {
  const { sent, proposalsPerHire } = dashboard.current;
  if (sent === 0) return 'no proposals this week';
  return proposalsPerHire === null ? 'no hire yet' : `1 hire per ${proposalsPerHire} proposals`;
}

export interface ProposalToReview {
  /** Local date of its week's first day (the weekly review's route). */
  week: string;
  id: number;
  title: string;
}

/** A proposal still at "sent", in the newest week of the opening dashboard's table that has one. */
export function sentProposalToReview(invoke: Invoke, db: Database): ProposalToReview {
  const find = db.prepare<[string, string], { id: number; title: string }>(
    `SELECT id, job_title AS title FROM proposals
     WHERE status = 'sent' AND sent_at >= ? AND sent_at < ? ORDER BY sent_at DESC, id LIMIT 1`,
  );
  for (const week of openingDashboard(invoke).weeks.toReversed()) {
    const found = find.get(week.startsAt, week.endsAt);
    if (found) return { week: week.weekStart, ...found };
  }
  throw new Error('No week on the sample dashboard has a proposal still at "sent"');
}
