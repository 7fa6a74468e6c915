import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { rebuildSentBuckets, sentBetween, sentCounter, sentPerDayBack } from '@main/db/dashboard/sent-buckets';
import { proposalsSentBetween } from '@main/db/dashboard/week-review';
import { hireCounter, hiredBetween } from '@main/db/health/hires';
import { countWaitingBefore, rebuildStaleHours } from '@main/db/health/stale-hours';
import { rebuildInsightSummary } from '@main/db/insights/summary';
import { OUTCOME_STATUSES, type DeletedProposal, type ProposalDetail } from '@shared/domain/proposal';
import { WEEK_STARTS } from '@shared/domain/settings';
import { weeksBetween } from '@shared/metrics/weeks';
import { testApp } from '../support/temp-db';

// Every aggregate the triggers maintain (sent_buckets and sent_totals for the dashboard,
// insight_weekly for the insights) must equal what a full recomputation from the proposals gives, after any sequence of
// what a user does: log, record outcomes, edit, remove an outcome, delete, undo the delete. And
// the dashboard's weekly figures read from the buckets must equal a plain count over the
// proposals, for any zone (half- and quarter-hour offsets, daylight saving) and week start.

const NOW = '2026-12-01T12:00:00.000Z';
const FIRST_SENT = Date.parse('2026-10-01T00:00:00.000Z');
const SPAN_SECONDS = 60 * 86_400;
const ZONES = ['UTC', 'Asia/Kathmandu', 'Asia/Kolkata', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham'];

const instant = (seconds: number, ms: number) => new Date(FIRST_SENT + seconds * 1000 + ms).toISOString();
const sentAt = fc.tuple(fc.integer({ min: 0, max: SPAN_SECONDS }), fc.integer({ min: 0, max: 999 }));
const pick = fc.nat();

const op = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), sentAt, connects: fc.nat(30), boost: fc.nat(10) }),
  fc.record({
    kind: fc.constant('status' as const),
    pick,
    status: fc.constantFrom(...OUTCOME_STATUSES),
    afterMinutes: fc.nat(60 * 24 * 20),
  }),
  fc.record({ kind: fc.constant('edit' as const), pick, sentAt, connects: fc.nat(30), boost: fc.nat(10) }),
  fc.record({ kind: fc.constant('removeOutcome' as const), pick }),
  fc.record({ kind: fc.constant('delete' as const), pick }),
  fc.record({ kind: fc.constant('restore' as const), pick }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

let app: ReturnType<typeof testApp> | undefined;
afterEach(() => app?.cleanup());

/** Runs one step as the renderer would; a refusal (an outcome dated too early, say) is fine. */
function apply(step: Op, live: number[], deleted: DeletedProposal[]): void {
  const invoke = app!.invoke;
  const chosen = (n: number) => live[n % live.length];
  if (step.kind === 'create') {
    const result = invoke('proposals:create', {
      jobTitle: 'Generated',
      sentAt: instant(...step.sentAt),
      connectsSpent: step.connects,
      boostConnects: step.boost,
    });
    if (result.ok) live.push((result.value as { id: number }).id);
    return;
  }
  if (step.kind === 'restore') {
    const [restored] = deleted.splice(step.pick % Math.max(1, deleted.length), 1);
    if (restored && invoke('proposals:restore', restored).ok) live.push(restored.proposal.id);
    return;
  }
  const id = chosen(step.pick);
  if (id === undefined) return;
  const detail = invoke('proposals:get', { id });
  if (!detail.ok) return;
  const proposal = detail.value as ProposalDetail;
  if (step.kind === 'status') {
    const occurredAt = new Date(Math.min(Date.parse(proposal.sentAt) + step.afterMinutes * 60_000, Date.parse(NOW)));
    invoke('proposals:setStatus', { id, status: step.status, occurredAt: occurredAt.toISOString() });
  } else if (step.kind === 'edit') {
    invoke('proposals:update', {
      id,
      fields: {
        jobTitle: proposal.jobTitle,
        sentAt: instant(...step.sentAt),
        connectsSpent: step.connects,
        boostConnects: step.boost,
      },
    });
  } else if (step.kind === 'removeOutcome') {
    const last = proposal.events.at(-1);
    if (last && last.status !== 'sent') invoke('proposals:deleteEvent', { eventId: last.id });
  } else {
    const result = invoke('proposals:delete', { id });
    if (result.ok) {
      deleted.push(result.value as DeletedProposal);
      live.splice(live.indexOf(id), 1);
    }
  }
}

/** A table's rows, minus those that dropped to zero (insight_weekly keeps them; sent_buckets does not). */
function rows(table: 'sent_buckets' | 'stale_hours' | 'insight_weekly') {
  const db = app!.db;
  if (table === 'stale_hours') {
    return [
      ...db.prepare('SELECT * FROM stale_hours ORDER BY bucket').all(),
      db.prepare('SELECT * FROM stale_totals').get(),
    ];
  }
  return table === 'sent_buckets'
    ? [...db.prepare('SELECT * FROM sent_buckets ORDER BY bucket').all(), db.prepare('SELECT * FROM sent_totals').get()]
    : db
        .prepare(
          'SELECT week, dimension, lower(value) AS value, sent, viewed, hired FROM insight_weekly WHERE sent <> 0 OR viewed <> 0 OR hired <> 0 ORDER BY 1, 2, 3',
        )
        .all();
}

/** The weekly figures as a plain query over the proposals computes them. */
function plainWeek(startsAt: string, endsAt: string) {
  return app!.db
    .prepare(
      `SELECT count(*) AS sent, coalesce(sum(furthest_stage >= 1), 0) AS viewed,
              coalesce(sum(furthest_stage >= 2), 0) AS interviewed, coalesce(sum(furthest_stage >= 3), 0) AS offered,
              coalesce(sum(furthest_stage >= 4), 0) AS hired, coalesce(sum(connects_spent + boost_connects), 0) AS connects
       FROM proposals WHERE sent_at >= ? AND sent_at < ?`,
    )
    .get(startsAt, endsAt);
}

/** Proposals sent per day counted back from asOf, as a plain query over the proposals computes them. */
function plainPerDay(asOf: Date, days: number): number[] {
  const values = Array.from({ length: days }, () => 0);
  const rows = app!.db
    .prepare(
      `SELECT CAST(julianday(?) - julianday(sent_at) AS INTEGER) AS ago, count(*) AS n
         FROM proposals WHERE sent_at >= ? AND sent_at < ? GROUP BY ago`,
    )
    .all(
      asOf.toISOString(),
      new Date(asOf.getTime() - days * 86_400_000).toISOString(),
      new Date(asOf.getTime() + 1).toISOString(),
    ) as { ago: number; n: number }[];
  for (const { ago, n } of rows) values[Math.min(days - 1, Math.max(0, ago))]! += n;
  return values;
}

/** The week review's list as one sorted query over the proposals gives it. */
function plainList(startsAt: string, endsAt: string, limit: number) {
  return app!.db
    .prepare(
      `SELECT p.id, p.sent_at AS sentAt, p.job_title AS jobTitle, p.profile_id AS profileId,
              pr.name AS profileName, p.status, p.status_at AS statusAt, p.job_type AS jobType,
              p.bid_cents AS bidCents, p.connects_spent AS connectsSpent, p.boost_connects AS boostConnects
         FROM proposals p JOIN profiles pr ON pr.id = p.profile_id
        WHERE p.sent_at >= ? AND p.sent_at < ?
        ORDER BY p.status IN ('sent', 'viewed', 'interviewing', 'offer') DESC, p.sent_at, p.id LIMIT ?`,
    )
    .all(startsAt, endsAt, limit);
}

describe('aggregates kept by triggers', () => {
  it('equal a recomputation from scratch after any sequence of changes, and give every week its plain count', () => {
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...WEEK_STARTS),
        sentAt,
        (steps, zone, weekStart, asOfAt) => {
          app?.cleanup();
          app = testApp(NOW);
          const live: number[] = [];
          const deleted: DeletedProposal[] = [];
          for (const step of steps) apply(step, live, deleted);

          for (const [table, rebuild] of [
            ['sent_buckets', rebuildSentBuckets],
            ['stale_hours', rebuildStaleHours],
            ['insight_weekly', rebuildInsightSummary],
          ] as const) {
            const kept = rows(table);
            rebuild(app.db);
            expect(kept, table).toEqual(rows(table));
          }
          for (const week of weeksBetween(instant(0, 0), NOW, zone, weekStart)) {
            expect(sentBetween(app.db, week.startsAt, week.endsAt), `${zone} ${week.weekStart}`).toEqual(
              plainWeek(week.startsAt, week.endsAt),
            );
          }
          // Running totals over a span (the health trend's windows): inside it, across its edges, outside it.
          const counter = sentCounter(app.db, instant(86_400 * 10, 500), instant(86_400 * 50, 0));
          for (const [from, to] of [
            [instant(asOfAt[0] % (86_400 * 40), asOfAt[1]), instant((asOfAt[0] % (86_400 * 40)) + 86_400 * 20, 0)],
            [instant(0, 0), instant(asOfAt[0], asOfAt[1])],
            [instant(86_400 * 10, 500), instant(86_400 * 50, 0)],
          ] as const) {
            expect(counter(from, to), `${from} ${to}`).toBe((plainWeek(from, to) as { sent: number }).sent);
          }
          // Hires over the same windows: each proposal once, however often it was marked hired.
          const hires = hireCounter(app.db, instant(86_400 * 10, 500), NOW);
          for (const [from, to] of [
            [
              instant((asOfAt[0] % (86_400 * 40)) + 86_400 * 10, asOfAt[1]),
              instant((asOfAt[0] % (86_400 * 40)) + 86_400 * 30, 0),
            ],
            [instant(86_400 * 10, 500), NOW],
            [instant(0, 0), instant(asOfAt[0], asOfAt[1])],
          ] as const) {
            expect(hires(from, to), `hires ${from} ${to}`).toBe(hiredBetween(app.db, from, to));
          }
          // The Health screen's stale count, before an instant on the hour and one that is not.
          for (const asOf of [instant(...asOfAt), instant(asOfAt[0] - (asOfAt[0] % 3600), 0)]) {
            const plain = app.db
              .prepare("SELECT count(*) AS n FROM proposals WHERE status IN ('sent', 'viewed') AND status_at < ?")
              .get(asOf) as { n: number };
            expect(countWaitingBefore(app.db, asOf), `stale before ${asOf}`).toBe(plain.n);
          }
          // The week review's list, open ones first, cut at any length.
          for (const limit of [1, 3, 500]) {
            const [from, to] = [instant(0, 0), NOW];
            expect(proposalsSentBetween(app.db, from, to, limit), `list of ${limit}`).toEqual(
              plainList(from, to, limit),
            );
          }
          // The health forecasts' days, counted back from an instant on the hour and from one that is not.
          for (const asOf of [new Date(instant(...asOfAt)), new Date(instant(asOfAt[0] - (asOfAt[0] % 3600), 0))]) {
            expect(sentPerDayBack(app.db, asOf, 30), asOf.toISOString()).toEqual(plainPerDay(asOf, 30));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads a range that does not fall on the hour from its whole buckets and its ragged ends', () => {
    app = testApp(NOW);
    for (const at of [
      '2026-11-02T09:59:59.999Z',
      '2026-11-02T10:07:00.000Z',
      '2026-11-02T11:00:00.000Z',
      '2026-11-02T12:44:59.999Z',
    ]) {
      app.invoke('proposals:create', { jobTitle: 'Edge', sentAt: at, connectsSpent: 2 });
    }
    for (const [from, to] of [
      ['2026-11-02T09:45:00.000Z', '2026-11-02T12:45:00.000Z'],
      ['2026-11-02T10:07:00.001Z', '2026-11-02T12:44:59.999Z'],
      ['2026-11-02T10:10:00.000Z', '2026-11-02T10:50:00.000Z'],
    ] as const) {
      expect(sentBetween(app.db, from, to)).toEqual(plainWeek(from, to));
    }
    expect(sentBetween(app.db, '2026-11-02T09:45:00.000Z', '2026-11-02T12:45:00.000Z').sent).toBe(4);
  });
});
