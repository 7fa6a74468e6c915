import { join } from 'node:path';
import { Session } from '@main/session';
import { clock } from './database';

/** The real session (validation, handler table, SQLite) on a bench database, as main runs it. */
export function benchSession(dbFile: string, dir: string): Session {
  return new Session({
    ownFile: dbFile,
    sampleFile: join(dir, 'unused-sample.sqlite3'),
    now: clock,
    log: { warn: () => {}, error: (message, details) => console.error(message, details) },
  });
}

/** Throws unless the call succeeded: a refused call would time the refusal, not the work. */
export function ok<T>(result: T): T {
  if ((result as { ok?: boolean } | undefined)?.ok !== true) throw new Error(`Call failed: ${JSON.stringify(result)}`);
  return result;
}
