import { afterEach, describe, expect, it } from 'vitest';
import type { Proposal } from '@shared/domain/proposal';
import type { TeamView } from '@shared/domain/team';
import { fakeKeychain } from '../support/fake-keychain';
import { fieldsOf, value } from '../support/results';
import { newTeam } from '../support/sync-devices';
import { testApp } from '../support/temp-db';
import { usePostgres } from '../support/use-postgres';
import type { PostgresServer } from '../support/postgres';

// The team view on a real PostgreSQL: two members push proposals whose figures are worked out by
// hand below; the server's SQL must give exactly those, per member and week, and the team's total.

const postgres = usePostgres();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A Friday: the current (Monday) week starts 2026-11-16, the one before 2026-11-09. */
const NOW = '2026-11-20T10:00:00.000Z';

function computer() {
  const app = testApp(NOW, { secrets: fakeKeychain });
  cleanups.push(app.cleanup);
  value(app.invoke('settings:update', { timeZone: 'UTC', weekStart: 'monday' }));
  return app;
}
type Computer = ReturnType<typeof computer>;

function join(app: Computer, server: PostgresServer, login: { database: string; user: string; password: string }) {
  value(app.invoke('sync:save', { host: '127.0.0.1', port: server.port, tls: 'off', ...login, member: memberOf(app) }));
}
const members = new WeakMap<Computer, string>();
const memberOf = (app: Computer) => members.get(app)!;

function propose(app: Computer, sentAt: string, connectsSpent: number, statuses: string[] = [], boostConnects = 0) {
  const p = value<Proposal>(app.invoke('proposals:create', { jobTitle: 'Job', sentAt, connectsSpent, boostConnects }));
  statuses.forEach((status, i) =>
    value(app.invoke('proposals:setStatus', { id: p.id, status, occurredAt: `2026-11-20T09:${i}0:00Z` })),
  );
  return p;
}

const syncNow = async (app: Computer) => value(await app.invoke('sync:now', undefined));
const weekly = async (app: Computer, weeks: number) => value<TeamView>(await app.invoke('team:weekly', { weeks }));
const figures = (sent: number, viewed: number, interviewed: number, hired: number, connects: number) => ({
  sent,
  viewed,
  interviewed,
  hired,
  connects,
});

describe('the team view', () => {
  it('gives each member’s weekly funnel and Connects, and the team’s total, as worked out by hand', async () => {
    const server = postgres();
    const team = await newTeam(server);
    const [ana, ben] = [computer(), computer()];
    members.set(ana, 'Ana').set(ben, 'Ben');
    const login = { database: team.database!, user: team.user!, password: String(team.password) };
    join(ana, server, login);
    join(ben, server, login);

    // Ana, this week: 4 sent (22 Connects, a boost of 2 included); 3 viewed, 2 reached an interview, 1 hired.
    propose(ana, '2026-11-16T09:00:00Z', 6, ['viewed']);
    propose(ana, '2026-11-17T09:00:00Z', 4, ['viewed', 'interviewing', 'declined'], 2);
    propose(ana, '2026-11-18T09:00:00Z', 8, ['hired']);
    const quiet = propose(ana, '2026-11-19T09:00:00Z', 2);
    // Ana, last week: 1 sent, viewed.
    propose(ana, '2026-11-10T09:00:00Z', 4, ['viewed']);
    // Ben, this week: 2 sent, one reached an offer (viewed and interviewed, not hired); 15 Connects.
    propose(ben, '2026-11-16T10:00:00Z', 10);
    propose(ben, '2026-11-20T08:00:00Z', 5, ['offer']);
    // Ben, last week by half an hour in UTC (this week in Tokyo); and three weeks ago; and one deleted.
    propose(ben, '2026-11-15T23:30:00Z', 3);
    propose(ben, '2026-11-02T09:00:00Z', 7);
    const deleted = propose(ben, '2026-11-17T09:00:00Z', 9, ['hired']);

    await syncNow(ana);
    await syncNow(ben);
    value(ben.invoke('proposals:delete', { id: deleted.id }));
    // Ben records a view on Ana's quiet proposal: it still counts for Ana, who made it.
    const quietOnBen = ben.db
      .prepare<[string], { id: number }>('SELECT id FROM proposals WHERE gid = ?')
      .get(ana.db.prepare<[number], { gid: string }>('SELECT gid FROM proposals WHERE id = ?').get(quiet.id)!.gid)!;
    value(
      ben.invoke('proposals:setStatus', { id: quietOnBen.id, status: 'viewed', occurredAt: '2026-11-20T09:30:00Z' }),
    );
    await syncNow(ben);

    expect(await weekly(ana, 2)).toEqual({
      state: 'ready',
      weeks: [
        {
          weekStart: '2026-11-16',
          members: [
            { member: 'Ana', ...figures(4, 4, 2, 1, 22) },
            { member: 'Ben', ...figures(2, 1, 1, 0, 15) },
          ],
          total: figures(6, 5, 3, 1, 37),
        },
        {
          weekStart: '2026-11-09',
          members: [
            { member: 'Ana', ...figures(1, 1, 0, 0, 4) },
            { member: 'Ben', ...figures(1, 0, 0, 0, 3) },
          ],
          total: figures(2, 1, 0, 0, 7),
        },
      ],
    });

    // Weeks cut in the asking computer's zone: in Tokyo, Ben's late Sunday proposal is Monday's.
    value(ben.invoke('settings:update', { timeZone: 'Asia/Tokyo' }));
    const tokyo = await weekly(ben, 3);
    expect(tokyo.state === 'ready' && tokyo.weeks.map((w) => [w.weekStart, w.total.sent])).toEqual([
      ['2026-11-16', 7],
      ['2026-11-09', 1],
      ['2026-11-02', 1],
    ]);
  });

  it('works with a member login holding only the privileges docs/sync.md lists', async () => {
    const server = postgres();
    const team = await newTeam(server);
    const owner = computer();
    members.set(owner, 'Owner');
    join(owner, server, { database: team.database!, user: team.user!, password: String(team.password) });
    propose(owner, '2026-11-18T09:00:00Z', 6, ['viewed']);
    await syncNow(owner);
    await server.createRole('member_cy', 'cy-secret');
    for (const grant of MEMBER_GRANTS) await server.sql(grant.replaceAll('TEAM', team.database!), team.database);

    const cy = computer();
    members.set(cy, 'Cy');
    join(cy, server, { database: team.database!, user: 'member_cy', password: 'cy-secret' });
    propose(cy, '2026-11-19T09:00:00Z', 4);
    await syncNow(cy);
    const view = await weekly(cy, 1);
    expect(view).toMatchObject({
      state: 'ready',
      weeks: [{ weekStart: '2026-11-16', total: figures(2, 1, 0, 0, 10) }],
    });
  });

  it('says why and when it last synced while the server is down, and the rest keeps working', async () => {
    const server = postgres();
    const team = await newTeam(server);
    const ana = computer();
    members.set(ana, 'Ana');
    expect(await weekly(ana, 4)).toEqual({ state: 'off' });
    join(ana, server, { database: team.database!, user: team.user!, password: String(team.password) });
    await syncNow(ana);
    await server.stop();
    try {
      expect(await weekly(ana, 4)).toEqual({ state: 'offline', problem: 'unreachable', lastSyncedAt: NOW });
      propose(ana, '2026-11-19T09:00:00Z', 4);
      expect(ana.db.prepare('SELECT count(*) AS n FROM proposals').get()).toEqual({ n: 1 });
    } finally {
      await server.restart();
    }
    expect(await weekly(ana, 4)).toMatchObject({ state: 'ready' });
  });

  it('refuses a number of weeks out of range, beside the field', async () => {
    const app = computer();
    expect(fieldsOf(await app.invoke('team:weekly', { weeks: 0 }))).toEqual(['weeks:validation.tooSmall']);
    expect(fieldsOf(await app.invoke('team:weekly', { weeks: 2.5 }))).toEqual(['weeks:validation.wholeNumber']);
  });
});

/** docs/sync.md's least privileges for a member's login (TEAM: the team's database). */
const MEMBER_GRANTS = [
  'GRANT CONNECT ON DATABASE TEAM TO member_cy',
  'GRANT USAGE ON SCHEMA bidwell TO member_cy',
  'GRANT SELECT ON bidwell.meta TO member_cy',
  'GRANT SELECT, INSERT, UPDATE ON bidwell.rows TO member_cy',
  'GRANT USAGE ON SEQUENCE bidwell.change_seq TO member_cy',
];
