import type { Database, RunResult, Statement } from 'better-sqlite3';
import type { Logger } from '../core/log';

// The one way main prepares a statement. Preparing parses and plans the SQL (and its triggers'
// SQL) every time: on a hot path like logging a proposal that is most of the work, so statements
// are kept per connection, and a closed connection's cache goes with it. Every query is timed
// here too: one slower than SLOW_QUERY_MS is logged with its SQL (Signal logs slow queries at 40
// ms), whichever handler, import or background check ran it.

export const SLOW_QUERY_MS = 40;

/** What callers do with a prepared statement; timed when the connection has a log. */
export interface Query<P extends unknown[], R> {
  run(...params: P): RunResult;
  get(...params: P): R | undefined;
  all(...params: P): R[];
}

interface Connection {
  queries: Map<string, Query<unknown[], unknown>>;
  log: Logger | null;
  slowMs: number;
}

const connections = new WeakMap<Database, Connection>();

function connectionOf(db: Database): Connection {
  let connection = connections.get(db);
  if (!connection) {
    connection = { queries: new Map(), log: null, slowMs: SLOW_QUERY_MS };
    connections.set(db, connection);
  }
  return connection;
}

/** Logs this connection's queries slower than `slowMs` (main's session does; tests may listen). */
export function logSlowQueries(db: Database, log: Logger, slowMs = SLOW_QUERY_MS): void {
  const connection = connectionOf(db);
  connection.log = log;
  connection.slowMs = slowMs;
}

function timed<T>(connection: Connection, sql: string, work: () => T): T {
  const log = connection.log;
  if (!log) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    const elapsed = performance.now() - started;
    if (elapsed > connection.slowMs) {
      log.warn(`Slow query: ${elapsed.toFixed(1)} ms`, { sql: sql.replace(/\s+/g, ' ').trim().slice(0, 500) });
    }
  }
}

export function prepared<P extends unknown[] = unknown[], R = unknown>(db: Database, sql: string): Query<P, R> {
  const connection = connectionOf(db);
  let query = connection.queries.get(sql);
  if (!query) {
    const statement = db.prepare(sql) as Statement<unknown[], unknown>;
    query = {
      run: (...params) => timed(connection, sql, () => statement.run(...params)),
      get: (...params) => timed(connection, sql, () => statement.get(...params)),
      all: (...params) => timed(connection, sql, () => statement.all(...params)),
    };
    connection.queries.set(sql, query);
  }
  return query as unknown as Query<P, R>;
}
