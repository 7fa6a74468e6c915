// The team view (docs/sync.md, "The team view"): each member's weekly funnel and Connects spent,
// computed on the team's PostgreSQL from everyone's synced proposals.

import type { SyncProblem } from './sync';

/** How many weeks the screen can ask for, newest last. */
export const TEAM_WEEK_CHOICES = [4, 8, 12] as const;
export const MAX_TEAM_WEEKS = 26;

/** One member's (or the whole team's) proposals sent in one week and how far they got. */
export interface TeamFigures {
  sent: number;
  viewed: number;
  interviewed: number;
  hired: number;
  /** Connects spent on these proposals, boosts included. */
  connects: number;
}

export interface TeamMemberWeek extends TeamFigures {
  /** The member name a proposal's maker synced under (Sync screen, "Your name in the team"). */
  member: string;
}

export interface TeamWeek {
  /** Local date of the week's first day, "YYYY-MM-DD", in this computer's zone and week start. */
  weekStart: string;
  members: TeamMemberWeek[];
  total: TeamFigures;
}

export type TeamView =
  /** No connection saved: sync is off, there is no team. */
  | { state: 'off' }
  /** The server could not be asked: why (as the Sync screen says it), and when this computer last synced. */
  | { state: 'offline'; problem: SyncProblem; lastSyncedAt: string | null }
  /** Newest week first. */
  | { state: 'ready'; weeks: TeamWeek[] };
