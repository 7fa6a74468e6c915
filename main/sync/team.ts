import type { ChannelParsed } from '@shared/contract';
import type { TeamFigures, TeamMemberWeek, TeamView, TeamWeek } from '@shared/domain/team';
import { addDays, weekOf, weekOfLocalDate, type WeekBounds } from '@shared/metrics/weeks';
import { getSettings } from '@main/db/settings/settings';
import { readSyncState } from '@main/db/sync/state';
import { teamWeekly } from '@main/db/sync/team-figures';
import type { SyncContext } from './service';
import { withTeamServer } from './team-server';

// The team view's service: asks the team's server (docs/sync.md, "The team view"), so it needs
// the connection; offline, it says why and when this computer last synced, and nothing else in
// the app waits on it.

/** The latest `count` weeks in this computer's zone and week start, oldest first, ending with the current one. */
export function latestWeeks(now: Date, count: number, timeZone: string, weekStart: Parameters<typeof weekOf>[2]) {
  const current = weekOf(now, timeZone, weekStart);
  const weeks: WeekBounds[] = [];
  for (let back = count - 1; back >= 0; back--) {
    weeks.push(weekOfLocalDate(addDays(current.weekStart, -7 * back), timeZone, weekStart));
  }
  return weeks;
}

const NONE: TeamFigures = { sent: 0, viewed: 0, interviewed: 0, hired: 0, connects: 0 };

function sum(rows: readonly TeamFigures[]): TeamFigures {
  return rows.reduce(
    (total, r) => ({
      sent: total.sent + r.sent,
      viewed: total.viewed + r.viewed,
      interviewed: total.interviewed + r.interviewed,
      hired: total.hired + r.hired,
      connects: total.connects + r.connects,
    }),
    NONE,
  );
}

/** Every asked week, newest first, a quiet one too (its members list empty, its total zero). */
export function byWeek(weeks: readonly WeekBounds[], rows: readonly (TeamMemberWeek & { week: string })[]): TeamWeek[] {
  return [...weeks].reverse().map(({ weekStart }) => {
    const members = rows.filter((r) => r.week === weekStart).map(({ week: _week, ...member }) => member);
    return { weekStart, members, total: sum(members) };
  });
}

export function teamService({ db, now, secrets, log }: SyncContext) {
  return {
    async weekly({ weeks }: ChannelParsed<'team:weekly'>): Promise<TeamView> {
      const { timeZone, weekStart } = getSettings(db);
      const asked = latestWeeks(now(), weeks, timeZone, weekStart);
      const result = await withTeamServer(db, secrets, (client) => teamWeekly(client, asked));
      if (result.ok) return { state: 'ready', weeks: byWeek(asked, result.value) };
      if (result.problem === null) return { state: 'off' };
      log.warn(`Team figures not read: ${result.problem}`);
      return { state: 'offline', problem: result.problem, lastSyncedAt: readSyncState(db).lastSyncedAt };
    },
  };
}
