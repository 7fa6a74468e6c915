import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg, { escapeIdentifier, escapeLiteral, type ClientConfig } from 'pg';
import { childPids, isAlive, sysvSegments } from './linux-processes';
import { findPostgresBin } from './postgres-install';

const HOST = '127.0.0.1';
const SUPERUSER = 'bidwell_admin';
const READY_LINE = 'database system is ready to accept connections';

// A throwaway server: speed over durability, and nothing shared with the system's own cluster.
const SETTINGS: Record<string, string> = {
  listen_addresses: HOST,
  // No Unix socket: /var/run/postgresql (the system cluster's) stays untouched, TCP is all we use.
  unix_socket_directories: '',
  // Safe against SIGKILL: what a commit wrote is in the OS's cache, which outlives the process.
  // Only a crash of the machine could lose it. (synchronous_commit stays on: off would lose the
  // last commits to a killed server, and the crash tests must see every acknowledged commit.)
  fsync: 'off',
  full_page_writes: 'off',
  shared_buffers: '16MB',
  // Dynamic shared memory as files in the data folder, removed with it; POSIX segments in
  // /dev/shm would outlive a killed server.
  dynamic_shared_memory_type: 'mmap',
  // The ready line we wait for is matched in English.
  lc_messages: 'C',
};

const execFileAsync = promisify(execFile);

export interface ConnectionOptions {
  database?: string;
  user?: string;
  password?: string;
}

/** A PostgreSQL server of its own, on 127.0.0.1, in a temporary folder. */
export interface PostgresServer {
  readonly host: string;
  readonly port: number;
  /** The temporary folder: the data directory is `data` in it; `dispose()` removes it. */
  readonly folder: string;
  readonly dataDir: string;
  /** Up: started or restarted, and neither stopped nor killed since. */
  readonly running: boolean;
  /** The postmaster's process id while running. */
  readonly pid: number | undefined;
  /** node-postgres settings: the superuser and database "postgres" unless `options` says otherwise. */
  connection(options?: ConnectionOptions): ClientConfig;
  /** Runs one statement as the superuser (in `database`, "postgres" by default) and returns its rows. */
  sql<Row extends object = Record<string, unknown>>(text: string, database?: string): Promise<Row[]>;
  /** Creates a login role with a password; returns its connection settings (database "postgres"). */
  createRole(name: string, password: string): Promise<ClientConfig>;
  /** Creates a database (owned by `owner` if given); returns the superuser's connection settings to it. */
  createDatabase(name: string, owner?: string): Promise<ClientConfig>;
  /** Fast shutdown (clients are disconnected, everything is written): the server goes down cleanly. */
  stop(): Promise<void>;
  /** SIGKILL to the server and every process it started, as in a crash; resolves once all are gone. */
  kill(): Promise<void>;
  /** Starts it again on the same data folder and port (stopping it first if it is up). */
  restart(): Promise<void>;
  /** Stops the server if it is up and removes everything it left: folder, shared memory. */
  dispose(): Promise<void>;
}

export interface StartOptions {
  /** Where to look for Debian's /usr/lib/postgresql/<version>/bin (tests of the missing case). */
  installRoot?: string;
}

/**
 * Runs initdb in a fresh temporary folder and starts postgres on 127.0.0.1 on a free port, with
 * password (SCRAM) authentication for a superuser. As root it runs as the `postgres` system user
 * (postgres refuses root), which owns the folder. One server per test file: it takes about a second.
 */
export async function startPostgres(options: StartOptions = {}): Promise<PostgresServer> {
  const bin = findPostgresBin(options.installRoot);
  const user = serverUser();
  const folder = mkdtempSync(join(tmpdir(), 'bidwell-pg-'));
  try {
    if (user) chownSync(folder, user.uid, user.gid);
    const password = randomBytes(18).toString('base64url');
    await initdb(bin, user, folder, password);
    return await Server.launch(bin, user, folder, password);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

interface SystemUser {
  uid: number;
  gid: number;
}

/** The `postgres` system user when running as root (postgres will not run as root), else none. */
function serverUser(): SystemUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error(
      'PostgreSQL refuses to run as root, and there is no "postgres" system user to run it as ' +
        "(Debian's postgresql package creates it).",
    );
  }
}

/**
 * setpriv (util-linux) runs a binary as the server's user and then executes it in place, so the
 * process we hold is postgres itself. --pdeathsig: should the test process die without cleaning
 * up, the kernel kills the server rather than leaving it running.
 */
function asServerUser(user: SystemUser | undefined, binary: string, args: string[]): [string, string[]] {
  const identity = user ? [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--init-groups'] : [];
  return ['setpriv', [...identity, '--pdeathsig', 'KILL', '--', binary, ...args]];
}

async function initdb(bin: string, user: SystemUser | undefined, folder: string, password: string) {
  const passwordFile = join(folder, 'superuser-password');
  writeFileSync(passwordFile, password, { mode: 0o600 });
  if (user) chownSync(passwordFile, user.uid, user.gid);
  const [command, args] = asServerUser(user, join(bin, 'initdb'), [
    `--pgdata=${join(folder, 'data')}`,
    `--username=${SUPERUSER}`,
    `--pwfile=${passwordFile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C',
    '--no-sync',
    '--no-instructions',
  ]);
  try {
    await execFileAsync(command, args);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`initdb failed in ${folder}: ${stderr.trim() || String(error)}`, { cause: error });
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** A port nobody listens on right now (postgres binds it a moment later; a race is retried). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `condition` until it holds; the cap only turns a hang into an error. */
async function until(condition: () => boolean, what: string, capMs = 10_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > capMs) throw new Error(`Timed out after ${capMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

class PortTakenError extends Error {}

class Server implements PostgresServer {
  readonly host = HOST;
  readonly dataDir: string;
  private process: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  /** The System V segment postgres uses as its interlock: a killed server leaves it behind. */
  private segment: number | undefined;

  private constructor(
    private readonly bin: string,
    private readonly user: SystemUser | undefined,
    readonly folder: string,
    private readonly password: string,
    readonly port: number,
  ) {
    this.dataDir = join(folder, 'data');
  }

  static async launch(bin: string, user: SystemUser | undefined, folder: string, password: string) {
    for (let attempt = 1; ; attempt++) {
      const server = new Server(bin, user, folder, password, await freePort());
      try {
        await server.start();
        return server;
      } catch (error) {
        // Another process took the free port between our probe and postgres's bind: pick again.
        if (!(error instanceof PortTakenError) || attempt === 5) throw error;
      }
    }
  }

  get running(): boolean {
    return this.process !== undefined;
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  connection(options: ConnectionOptions = {}): ClientConfig {
    return {
      host: this.host,
      port: this.port,
      database: options.database ?? 'postgres',
      user: options.user ?? SUPERUSER,
      password: options.password ?? (options.user === undefined ? this.password : undefined),
    };
  }

  async sql<Row extends object = Record<string, unknown>>(text: string, database?: string): Promise<Row[]> {
    const client = new pg.Client(this.connection({ database }));
    await client.connect();
    try {
      return (await client.query<Row>(text)).rows;
    } finally {
      await client.end();
    }
  }

  async createRole(name: string, password: string): Promise<ClientConfig> {
    await this.sql(`CREATE ROLE ${escapeIdentifier(name)} LOGIN PASSWORD ${escapeLiteral(password)}`);
    return this.connection({ user: name, password });
  }

  async createDatabase(name: string, owner?: string): Promise<ClientConfig> {
    const ownedBy = owner === undefined ? '' : ` OWNER ${escapeIdentifier(owner)}`;
    await this.sql(`CREATE DATABASE ${escapeIdentifier(name)}${ownedBy}`);
    return this.connection({ database: name });
  }

  async stop(): Promise<void> {
    // SIGINT is PostgreSQL's fast shutdown; SIGTERM would wait for every client to disconnect.
    this.process?.kill('SIGINT');
    await this.exited;
  }

  async kill(): Promise<void> {
    const postmaster = this.process?.pid;
    if (postmaster === undefined) return;
    // Stopped, the postmaster can start no new process while its children are listed and killed.
    process.kill(postmaster, 'SIGSTOP');
    const children = childPids(postmaster);
    for (const pid of [...children, postmaster]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await this.exited;
    // A restart refuses to start while any old process still holds the shared memory.
    await until(() => !children.some(isAlive), 'the killed server processes are gone');
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async dispose(): Promise<void> {
    await this.stop();
    // A clean shutdown removes the segment; after a kill it is still there (a restart would reuse it).
    if (sysvSegments().some(({ shmid }) => shmid === this.segment)) {
      execFileSync('ipcrm', ['-m', String(this.segment)]);
    }
    rmSync(this.folder, { recursive: true, force: true });
  }

  /** Starts postgres and resolves once it accepts connections; rejects with its log if it exits first. */
  private start(): Promise<void> {
    const settings = Object.entries(SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
    const [command, args] = asServerUser(this.user, join(this.bin, 'postgres'), [
      '-D',
      this.dataDir,
      '-p',
      String(this.port),
      ...settings,
    ]);
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    this.exited = new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', () => resolve());
    });
    return new Promise((resolve, reject) => {
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        log = (log + chunk).slice(-20_000);
        if (this.process !== child && log.includes(READY_LINE)) {
          this.process = child;
          this.segment = this.interlockSegment();
          resolve();
        }
      });
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        if (this.process === child) {
          this.process = undefined;
          return;
        }
        const tail = log.trim().split('\n').slice(-15).join('\n');
        const message = `postgres on ${HOST}:${this.port} exited (${signal ?? code}) before it was ready:\n${tail}`;
        reject(/could not bind .*Address already in use/.test(log) ? new PortTakenError(message) : new Error(message));
      });
    });
  }

  /** Line 7 of postmaster.pid: the shared memory key and id. */
  private interlockSegment(): number | undefined {
    const line = readFileSync(join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[6];
    const shmid = Number(line?.trim().split(/\s+/)[1]);
    return Number.isInteger(shmid) ? shmid : undefined;
  }
}
