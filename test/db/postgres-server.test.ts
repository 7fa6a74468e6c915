import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg, { type ClientConfig } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { childPids, isAlive, sysvSegments } from '../support/linux-processes';
import { startPostgres, type PostgresServer } from '../support/postgres';
import { postgresSkipReason, usePostgres } from '../support/use-postgres';

// The test PostgreSQL server itself (test/support/postgres.ts), which the sync tests will stand on.

async function rows(config: ClientConfig, text: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** Whether anything accepts a TCP connection on 127.0.0.1:port. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('a PostgreSQL server of its own', () => {
  const postgres = usePostgres();

  it('runs on 127.0.0.1 on its own port and data folder, with SCRAM passwords only', async () => {
    const server = postgres();
    const [info] = await rows(
      server.connection(),
      `SELECT current_user AS user, inet_server_addr()::text AS address, inet_server_port() AS port,
              current_setting('data_directory') AS data, current_setting('unix_socket_directories') AS sockets,
              (SELECT rolpassword FROM pg_authid WHERE rolname = current_user) AS hash`,
    );
    expect(info).toMatchObject({
      user: 'bidwell_admin',
      address: '127.0.0.1/32',
      port: server.port,
      data: server.dataDir,
      sockets: '',
    });
    expect(server.dataDir.startsWith(join(tmpdir(), 'bidwell-pg-'))).toBe(true);
    expect(info?.hash).toMatch(/^SCRAM-SHA-256\$/);
    // No trust or peer line anywhere: every way in asks for the password.
    const methods = await server.sql<{ auth_method: string }>('SELECT DISTINCT auth_method FROM pg_hba_file_rules');
    expect(methods).toEqual([{ auth_method: 'scram-sha-256' }]);
  });

  it('refuses a wrong password, for the superuser and for a role it created', async () => {
    const server = postgres();
    const member = await server.createRole('member one', 'right horse battery');
    expect(await rows(member, 'SELECT current_user AS user')).toEqual([{ user: 'member one' }]);

    const refused = { code: '28P01', message: expect.stringMatching(/password authentication failed/) };
    await expect(rows({ ...member, password: 'wrong' }, 'SELECT 1')).rejects.toMatchObject(refused);
    await expect(rows(server.connection({ password: 'wrong' }), 'SELECT 1')).rejects.toMatchObject(refused);
  });

  it('creates a database its owner can use', async () => {
    const server = postgres();
    const owner = await server.createRole('team_owner', 'owner-password');
    const database = await server.createDatabase('team_a', 'team_owner');
    expect(database.database).toBe('team_a');
    const asOwner = { ...owner, database: 'team_a' };
    await rows(asOwner, 'CREATE TABLE proposals (id text PRIMARY KEY); INSERT INTO proposals VALUES ($$p1$$)');
    expect(await server.sql('SELECT id FROM proposals', 'team_a')).toEqual([{ id: 'p1' }]);
  });

  it('killed, refuses connections; restarted on the same port, answers with its data', async () => {
    const server = postgres();
    const config = await server.createDatabase('crash');
    await rows(config, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (1), (2)');
    const held = new pg.Client(config);
    await held.connect();
    const cut = new Promise<Error>((resolve) => held.once('error', resolve));
    const { port, pid } = server;
    const processes = [pid ?? 0, ...childPids(pid ?? 0)];
    expect(processes.length).toBeGreaterThan(1);

    await server.kill();

    expect(server.running).toBe(false);
    expect(processes.filter(isAlive)).toEqual([]);
    expect((await cut).message).toMatch(/terminated unexpectedly/);
    await expect(rows(config, 'SELECT 1')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    await server.restart();

    expect(server.port).toBe(port);
    expect(await rows(config, 'SELECT n FROM kept ORDER BY n')).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('stopped, refuses connections; restarted, answers with its data', async () => {
    const server = postgres();
    const config = await server.createDatabase('down_and_up');
    await rows(config, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)');

    await server.stop();

    expect(server.running).toBe(false);
    expect(await answers(server.port)).toBe(false);
    await expect(rows(config, 'SELECT 1')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    await server.restart();

    expect(await rows(config, 'SELECT n FROM kept')).toEqual([{ n: 7 }]);
  });

  it('says why when it cannot start again: its port was taken meanwhile', async () => {
    const server = postgres();
    await server.stop();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(server.port, '127.0.0.1', resolve));
    try {
      await expect(server.restart()).rejects.toThrow(
        new RegExp(
          `postgres on 127.0.0.1:${server.port} exited \\(1\\) before it was ready:\n[^]*Address already in use`,
        ),
      );
      expect(server.running).toBe(false);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }

    await server.restart();

    expect(await server.sql('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  describe('more servers', () => {
    let others: PostgresServer[] = [];
    afterEach(async () => {
      await Promise.all(others.map((other) => other.dispose()));
      others = [];
    });

    it('two at once do not collide', async () => {
      const first = postgres();
      const second = await startPostgres();
      others.push(second);
      expect(second.port).not.toBe(first.port);
      expect(second.folder).not.toBe(first.folder);

      await first.sql('CREATE TABLE only_in_first (n int)');
      const [inFirst, inSecond] = await Promise.all(
        [first, second].map((server) => server.sql("SELECT to_regclass('only_in_first') IS NOT NULL AS found")),
      );
      expect(inFirst).toEqual([{ found: true }]);
      expect(inSecond).toEqual([{ found: false }]);
    });

    it.each(['stopped', 'killed'] as const)('leaves nothing behind once disposed (%s first)', async (how) => {
      const server = await startPostgres();
      others.push(server);
      const { pid = 0, port, folder } = server;
      const processes = [pid, ...childPids(pid)];
      expect(sysvSegments().some(({ creator }) => creator === pid)).toBe(true);
      await (how === 'stopped' ? server.stop() : server.kill());

      await server.dispose();

      expect(existsSync(folder)).toBe(false);
      expect(processes.filter(isAlive)).toEqual([]);
      expect(sysvSegments().filter(({ creator }) => creator === pid)).toEqual([]);
      expect(await answers(port)).toBe(false);
    });
  });
});

describe('where PostgreSQL is not installed', () => {
  let empty = '';
  afterEach(() => rmSync(empty, { recursive: true, force: true }));

  it('fails with a message that says what to install; skips with it outside CI, fails in CI', async () => {
    empty = mkdtempSync(join(tmpdir(), 'bidwell-no-pg-'));
    const message = `PostgreSQL is not installed: no initdb and postgres in ${empty}/<version>/bin. Install Debian's package ("apt-get install postgresql"; .ci/run does it in CI).`;

    await expect(startPostgres({ installRoot: empty })).rejects.toThrow(message);
    expect(postgresSkipReason({}, empty)).toBe(message);
    expect(postgresSkipReason({ CI: 'false' }, empty)).toBe(message);
    expect(postgresSkipReason({ CI: 'true' }, empty)).toBeUndefined();
  });
});
