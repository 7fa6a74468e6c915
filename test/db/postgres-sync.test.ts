import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { waitingCount } from '@main/db/sync/outbox';
import { ServerSchemaNewerError } from '@main/db/sync/server-schema';
import { readSyncState } from '@main/db/sync/state';
import { problemOf } from '@main/sync/problems';
import type { Profile, Proposal, ProposalDetail } from '@shared/domain/proposal';
import { value } from '../support/results';
import { newTeam, serverCounts, syncedData, syncWith } from '../support/sync-devices';
import { testApp } from '../support/temp-db';
import { usePostgres } from '../support/use-postgres';

// Two computers, each with its own SQLite file, and one team server on the test's PostgreSQL.

const postgres = usePostgres();
const apps: ReturnType<typeof testApp>[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.cleanup()));

function computer(start = '2026-11-20T10:00:00.000Z') {
  const app = testApp(start);
  apps.push(app);
  return app;
}
type Computer = ReturnType<typeof computer>;

const propose = (app: Computer, input: Record<string, unknown>) =>
  value<Proposal>(app.invoke('proposals:create', input));
const detail = (app: Computer, gid: string) => {
  const { id } = app.db.prepare<[string], { id: number }>('SELECT id FROM proposals WHERE gid = ?').get(gid)!;
  return value<ProposalDetail>(app.invoke('proposals:get', { id }));
};
const gidOf = (app: Computer, id: number) =>
  app.db.prepare<[number], { gid: string }>('SELECT gid FROM proposals WHERE id = ?').get(id)!.gid;

describe('sync through PostgreSQL', () => {
  it('gives a second computer everything the first has, with its status, skills and weekly summary', async () => {
    const team = await newTeam(postgres());
    const [a, b] = [computer(), computer()];
    const p = propose(a, {
      jobTitle: 'Shopify theme',
      skills: ['Shopify', 'Liquid'],
      connectsSpent: 8,
      sentAt: '2026-11-10T09:00:00Z',
    });
    value(a.invoke('proposals:setStatus', { id: p.id, status: 'interviewing', occurredAt: '2026-11-12T09:00:00Z' }));
    value(
      a.invoke('contracts:create', {
        proposalId: p.id,
        clientName: 'Acme',
        title: 'Theme',
        contractType: 'fixed',
        startedAt: '2026-11-13T09:00:00Z',
      }),
    );
    value(
      a.invoke('transactions:create', { occurredAt: '2026-11-14T12:00:00Z', amountCents: 30000, kind: 'fixed_price' }),
    );
    value(a.invoke('settings:update', { weekStart: 'sunday', timeZone: 'Asia/Tokyo' }));
    value(b.invoke('settings:update', { timeZone: 'Europe/Berlin' }));

    expect(await syncWith(a.db, team, { now: a.clock })).toMatchObject({ pushed: expect.any(Number), pulled: 0 });
    await syncWith(b.db, team, { now: b.clock });
    // b's own profile (the first one) is the same profile: one "General" on both.
    expect(syncedData(b.db)).toEqual(syncedData(a.db));
    expect(detail(b, gidOf(a, p.id))).toMatchObject({
      status: 'interviewing',
      skills: ['Shopify', 'Liquid'],
      profileName: 'General',
    });
    // The zone each computer cuts weeks in stays its own.
    expect(value<{ timeZone: string }>(b.invoke('settings:get', undefined)).timeZone).toBe('Europe/Berlin');
    expect(waitingCount(a.db) + waitingCount(b.db)).toBe(0);
  });

  it('settles an edit on both sides by the later clock, keeps both sides’ history, and makes a delete stick', async () => {
    const team = await newTeam(postgres());
    const [a, b] = [computer('2026-11-20T10:00:00Z'), computer('2026-11-20T10:00:00Z')];
    const p = propose(a, { jobTitle: 'Original', sentAt: '2026-11-10T09:00:00Z' });
    const gone = propose(a, { jobTitle: 'To delete', sentAt: '2026-11-10T09:00:00Z' });
    await syncWith(a.db, team, { now: a.clock });
    await syncWith(b.db, team, { now: b.clock });
    const gid = gidOf(a, p.id);
    const bId = detail(b, gid).id;

    // Offline on both: b edits later than a; each records a different status change.
    a.setNow('2026-11-20T11:00:00Z');
    value(
      a.invoke('proposals:update', { id: p.id, fields: { jobTitle: 'Edited on a', sentAt: '2026-11-10T09:00:00Z' } }),
    );
    value(a.invoke('proposals:setStatus', { id: p.id, status: 'viewed', occurredAt: '2026-11-11T09:00:00Z' }));
    value(a.invoke('proposals:delete', { id: gone.id }));
    b.setNow('2026-11-20T12:00:00Z');
    value(
      b.invoke('proposals:update', { id: bId, fields: { jobTitle: 'Edited on b', sentAt: '2026-11-10T09:00:00Z' } }),
    );
    value(b.invoke('proposals:setStatus', { id: bId, status: 'interviewing', occurredAt: '2026-11-12T09:00:00Z' }));

    await syncWith(b.db, team, { now: b.clock });
    await syncWith(a.db, team, { now: a.clock });
    await syncWith(b.db, team, { now: b.clock });
    expect(syncedData(a.db)).toEqual(syncedData(b.db));
    const merged = detail(a, gid);
    expect(merged.jobTitle).toBe('Edited on b');
    expect(merged.events.map((e) => e.status)).toEqual(['sent', 'viewed', 'interviewing']);
    expect(merged.status).toBe('interviewing');
    expect(b.db.prepare(`SELECT count(*) AS n FROM proposals WHERE job_title = 'To delete'`).get()).toEqual({ n: 0 });
    expect(await serverCounts(postgres(), team.database!)).toMatchObject({ proposals: 1, proposal_events: 3 });
  });

  it('keeps both of two profiles named alike on two computers, the same way on both', async () => {
    const team = await newTeam(postgres());
    const [a, b] = [computer(), computer()];
    value<Profile>(a.invoke('profiles:create', { name: 'Design' }));
    value<Profile>(b.invoke('profiles:create', { name: 'design' }));
    await syncWith(a.db, team, { now: a.clock });
    await syncWith(b.db, team, { now: b.clock });
    await syncWith(a.db, team, { now: a.clock });
    expect(syncedData(a.db)).toEqual(syncedData(b.db));
    const names = value<Profile[]>(a.invoke('profiles:list', undefined)).map((p) => p.name.toLowerCase());
    expect(names.sort()).toEqual(['design', 'design (2)', 'general']);
  });

  it('refuses a server set up by a newer Bidwell, touching nothing', async () => {
    const team = await newTeam(postgres());
    const a = computer();
    propose(a, { jobTitle: 'Waits' });
    await syncWith(a.db, team, { now: a.clock });
    await postgres().sql(`UPDATE bidwell.meta SET value = '99' WHERE key = 'schema_version'`, team.database);
    propose(a, { jobTitle: 'Still waits' });
    const error = await syncWith(a.db, team, { now: a.clock }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerSchemaNewerError);
    expect(problemOf(error)).toBe('serverNewer');
    expect(waitingCount(a.db)).toBeGreaterThan(0);
    expect(await serverCounts(postgres(), team.database!)).toMatchObject({ proposals: 1 });
  });

  it('works with a member login holding only the privileges docs/sync.md lists', async () => {
    const server = postgres();
    const team = await newTeam(server);
    const owner = computer();
    await syncWith(owner.db, team, { now: owner.clock });
    await server.createRole('member_ana', 'ana-secret');
    for (const grant of MEMBER_GRANTS) await server.sql(grant.replaceAll('TEAM', team.database!), team.database);
    const member = server.connection({ database: team.database!, user: 'member_ana', password: 'ana-secret' });

    const b = computer();
    propose(b, { jobTitle: 'From a member' });
    await syncWith(b.db, member, { now: b.clock, member: 'Ana' });
    await syncWith(owner.db, team, { now: owner.clock });
    expect(syncedData(owner.db)).toEqual(syncedData(b.db));
    // Nothing more: no deleting the team's rows, no changing its schema.
    const client = new pg.Client(member);
    await client.connect();
    try {
      await expect(client.query('DELETE FROM bidwell.rows')).rejects.toMatchObject({ code: '42501' });
      await expect(client.query('DROP TABLE bidwell.rows')).rejects.toMatchObject({ code: '42501' });
    } finally {
      await client.end();
    }
  });

  it('says what is wrong, without the password, when the login is refused, the server is down or not set up', async () => {
    const server = postgres();
    const team = await newTeam(server);
    const a = computer();
    propose(a, { jobTitle: 'Made offline' });
    const password = 'Sup3r-secret-pw';
    await server.createRole('member_wrong', password);
    const cases = [
      { config: { ...team, password: 'not-the-password' }, problem: 'auth' },
      { config: { ...team, port: 1 }, problem: 'unreachable' },
      { config: { ...team, ssl: { rejectUnauthorized: false } }, problem: 'tls' },
      { config: server.connection({ database: team.database!, user: 'member_wrong', password }), problem: 'notSetUp' },
    ] as const;
    for (const { config, problem } of cases) {
      const error = await syncWith(a.db, config, { now: a.clock }).catch((e: unknown) => e);
      expect(problemOf(error), problem).toBe(problem);
      expect(String(error instanceof Error ? error.message + error.stack : error)).not.toContain(password);
    }
    // The app keeps working: a new proposal logs, and waits for the next sync.
    propose(a, { jobTitle: 'Also offline' });
    expect(readSyncState(a.db).lastSyncedAt).toBeNull();
    await syncWith(a.db, team, { now: a.clock });
    expect(await serverCounts(server, team.database!)).toMatchObject({ proposals: 2 });
  });

  it('reports a server that went down as unreachable, and syncs once it is back', async () => {
    const server = postgres();
    const team = await newTeam(server);
    const a = computer();
    propose(a, { jobTitle: 'Before' });
    await syncWith(a.db, team, { now: a.clock });
    await server.stop();
    try {
      propose(a, { jobTitle: 'While down' });
      const error = await syncWith(a.db, team, { now: a.clock }).catch((e: unknown) => e);
      expect(problemOf(error)).toBe('unreachable');
      expect(waitingCount(a.db)).toBeGreaterThan(0);
    } finally {
      await server.restart();
    }
    await syncWith(a.db, team, { now: a.clock });
    expect(await serverCounts(server, team.database!)).toMatchObject({ proposals: 2 });
  });
});

/** docs/sync.md's least privileges for a member's login (TEAM: the team's database). */
const MEMBER_GRANTS = [
  'GRANT CONNECT ON DATABASE TEAM TO member_ana',
  'GRANT USAGE ON SCHEMA bidwell TO member_ana',
  'GRANT SELECT ON bidwell.meta TO member_ana',
  'GRANT SELECT, INSERT, UPDATE ON bidwell.rows TO member_ana',
  'GRANT USAGE ON SEQUENCE bidwell.change_seq TO member_ana',
];
