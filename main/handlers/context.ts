import type { Database } from 'better-sqlite3';

/** What every handler needs. The clock is injected so tests can pin "now". */
export interface HandlerContext {
  db: Database;
  now: () => Date;
}
