import type { ClientBase } from 'pg';
import type { TeamMemberWeek } from '@shared/domain/team';
import type { WeekBounds } from '@shared/metrics/weeks';

// The team view's figures, computed by PostgreSQL from everyone's synced rows (docs/sync.md):
// a proposal counts for the member who made it (`created_by`, set by its first push and never
// changed by a later edit), in the week it was sent (cohorts by sent week, as on the dashboard),
// and how far it got is read off its status history (`proposal_events`), as the local
// `furthest_stage` is: a proposal later declined still counts as viewed. Deleted rows are
// tombstones and count for nothing. Reads only bidwell.rows: a member's login needs no more
// than the SELECT it already has.
//
// The weeks come from the caller as instants (WeekBounds, cut by shared/metrics/weeks.ts in this
// computer's zone and week start), so a week here is exactly the dashboard's week, DST included.

const STAGE = `CASE e.data->>'status' WHEN 'viewed' THEN 1 WHEN 'interviewing' THEN 2 WHEN 'offer' THEN 3 WHEN 'hired' THEN 4 ELSE 0 END`;

const TEAM_WEEKLY_SQL = `
  WITH weeks AS (
    SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[]) AS w (week, starts, ends)
  ),
  stage AS (
    SELECT e.data->>'proposal_id' AS gid, max(${STAGE}) AS stage
    FROM bidwell.rows e
    WHERE e.tbl = 'proposal_events' AND NOT e.deleted
    GROUP BY 1
  ),
  sent AS (
    SELECT w.week, p.created_by AS member, coalesce(s.stage, 0) AS stage,
           coalesce((p.data->>'connects_spent')::int, 0) + coalesce((p.data->>'boost_connects')::int, 0) AS connects
    FROM bidwell.rows p
    JOIN weeks w ON (p.data->>'sent_at')::timestamptz >= w.starts AND (p.data->>'sent_at')::timestamptz < w.ends
    LEFT JOIN stage s ON s.gid = p.gid
    WHERE p.tbl = 'proposals' AND NOT p.deleted
  )
  SELECT week, member,
         count(*)::int AS sent,
         count(*) FILTER (WHERE stage >= 1)::int AS viewed,
         count(*) FILTER (WHERE stage >= 2)::int AS interviewed,
         count(*) FILTER (WHERE stage >= 4)::int AS hired,
         sum(connects)::int AS connects
  FROM sent
  GROUP BY week, member
  ORDER BY week DESC, member`;

/** Each member's figures per week, for the members who sent something that week; newest week first. */
export async function teamWeekly(
  client: ClientBase,
  weeks: readonly WeekBounds[],
): Promise<(TeamMemberWeek & { week: string })[]> {
  const result = await client.query<TeamMemberWeek & { week: string }>(TEAM_WEEKLY_SQL, [
    weeks.map((w) => w.weekStart),
    weeks.map((w) => w.startsAt),
    weeks.map((w) => w.endsAt),
  ]);
  return result.rows;
}
