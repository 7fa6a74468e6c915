import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '@main/core/log';
import type { SyncView } from '@shared/domain/sync';
import { fakeKeychain } from '../support/fake-keychain';
import { fieldsOf, value } from '../support/results';
import { newTeam } from '../support/sync-devices';
import { testApp } from '../support/temp-db';
import { usePostgres } from '../support/use-postgres';

// The Sync screen's channels on a real PostgreSQL: the connection saved with its password
// encrypted, Sync now, the status when the login is refused or the server is down, leaving.

const postgres = usePostgres();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const NOW = '2026-11-20T10:00:00.000Z';

function computer(options: Parameters<typeof testApp>[1] = { secrets: fakeKeychain }) {
  const logged: unknown[] = [];
  const log: Logger = { warn: (...args) => logged.push(args), error: (...args) => logged.push(args) };
  const app = testApp(NOW, { log, ...options });
  cleanups.push(app.cleanup);
  return { app, logged };
}

async function syncNow(app: ReturnType<typeof testApp>): Promise<SyncView> {
  return value<SyncView>(await app.invoke('sync:now', undefined));
}

describe('the Sync screen', () => {
  it('syncs with a saved connection, keeps the password encrypted, and never shows or logs it', async () => {
    const server = postgres();
    const team = await newTeam(server);
    const password = String(team.password);
    const { app, logged } = computer();
    value(app.invoke('proposals:create', { jobTitle: 'Before joining' }));
    expect(value<SyncView>(app.invoke('sync:get', undefined))).toMatchObject({ connection: null, joined: false });

    const connection = { host: '127.0.0.1', port: server.port, database: team.database!, user: team.user!, tls: 'off' };
    const saved = value<SyncView>(app.invoke('sync:save', { ...connection, password, member: 'Ana' }));
    expect(saved).toMatchObject({
      connection: { ...connection, member: 'Ana' },
      hasPassword: true,
      canKeepPassword: true,
    });
    const stored = app.db.prepare<[], { password: Buffer }>('SELECT password FROM sync_state').get()!.password;
    expect(stored.toString('utf8')).not.toContain(password);

    expect(await syncNow(app)).toMatchObject({ joined: true, lastSyncedAt: NOW, waiting: 0, problem: null });
    const rows = await server.sql<{ n: string }>(
      "SELECT count(*) AS n FROM bidwell.rows WHERE tbl = 'proposals'",
      team.database,
    );
    expect(rows).toEqual([{ n: '1' }]);

    // A wrong password saved: the status says so, nothing names it.
    value(app.invoke('sync:save', { ...connection, password: 'not-it', member: 'Ana' }));
    expect(await syncNow(app)).toMatchObject({ problem: 'auth', lastSyncedAt: NOW });
    // TLS required (the default) from a server without it.
    value(app.invoke('sync:save', { ...connection, tls: 'require', password, member: 'Ana' }));
    expect(await syncNow(app)).toMatchObject({ problem: 'tls' });
    const everything = JSON.stringify([logged, app.db.prepare('SELECT * FROM sync_state').all()]);
    expect(everything).not.toContain(password);
    expect(everything).not.toContain('not-it');
    expect(logged.length).toBeGreaterThan(0);
  });

  it('pauses while the server is down, keeps working, and catches up once it is back', async () => {
    const server = postgres();
    const team = await newTeam(server);
    const { app } = computer();
    const connection = { host: '127.0.0.1', port: server.port, database: team.database!, user: team.user!, tls: 'off' };
    value(app.invoke('sync:save', { ...connection, password: String(team.password), member: 'Ana' }));
    await syncNow(app);
    await server.stop();
    try {
      value(app.invoke('proposals:create', { jobTitle: 'Made while the server was down' }));
      expect(await syncNow(app)).toMatchObject({ problem: 'unreachable', waiting: 2 }); // The proposal and its "sent" entry.;
    } finally {
      await server.restart();
    }
    expect(await syncNow(app)).toMatchObject({ problem: null, waiting: 0 });

    // A second computer's sync says how many changes it brought (the window reads its data again
    // when there were any), and the next, with nothing new, brought none.
    const other = computer().app;
    value(other.invoke('sync:save', { ...connection, password: String(team.password), member: 'Ben' }));
    const first = await syncNow(other);
    // Ana's proposal and its "sent" entry at least; the default profile both computers made
    // comes too when Ana's copy wins (the tie of two pinned clocks is broken by device id).
    expect(first).toMatchObject({ problem: null });
    expect(first.pulled).toBeGreaterThanOrEqual(2);
    expect(other.db.prepare('SELECT job_title FROM proposals').all()).toEqual([
      { job_title: 'Made while the server was down' },
    ]);
    expect(await syncNow(other)).toMatchObject({ problem: null, pulled: 0 });

    // Leaving: no connection, no password, nothing noted any more; the data stays.
    expect(value<SyncView>(app.invoke('sync:leave', undefined))).toMatchObject({
      connection: null,
      hasPassword: false,
      joined: false,
      waiting: 0,
    });
    value(app.invoke('proposals:create', { jobTitle: 'After leaving' }));
    expect(value<SyncView>(app.invoke('sync:get', undefined)).waiting).toBe(0);
    expect(app.db.prepare('SELECT count(*) AS n FROM proposals').get()).toEqual({ n: 2 });
  });

  it('refuses a first save without a password, and a password this computer cannot keep encrypted', () => {
    const input = { host: 'db.example.com', port: 5432, database: 'team', user: 'ana', tls: 'require', member: 'Ana' };
    const { app } = computer();
    expect(fieldsOf(app.invoke('sync:save', { ...input, password: '' }))).toEqual(['password:validation.required']);
    expect(fieldsOf(app.invoke('sync:save', { ...input, port: 70000, host: ' ', password: 'x' }))).toEqual([
      'host:validation.required',
      'port:validation.tooBig',
    ]);
    const noKeychain = computer({}).app;
    expect(fieldsOf(noKeychain.invoke('sync:save', { ...input, password: 'secret' }))).toEqual([
      'password:sync.errors.noKeychain',
    ]);
    expect(value<SyncView>(noKeychain.invoke('sync:get', undefined))).toMatchObject({
      connection: null,
      canKeepPassword: false,
    });
  });
});

describe('the Sync screen with the sample data open', () => {
  it('refuses to save, sync or leave: sample proposals never reach a team', async () => {
    const app = testApp(NOW, { secrets: fakeKeychain });
    cleanups.push(app.cleanup);
    value(app.invoke('data:use', { kind: 'sample' }));
    const input = {
      host: '127.0.0.1',
      port: 5432,
      database: 'team',
      user: 'ana',
      tls: 'off',
      member: 'Ana',
      password: 'pw',
    };
    expect(fieldsOf(app.invoke('sync:save', input))).toEqual([':validation.sampleOpen']);
    expect(fieldsOf(await app.invoke('sync:now', undefined))).toEqual([':validation.sampleOpen']);
    expect(fieldsOf(app.invoke('sync:leave', undefined))).toEqual([':validation.sampleOpen']);
  });
});
