import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase, type OpenOptions } from '@main/db/open';
import type { Logger } from '@main/core/log';
import type { SecretStore } from '@main/core/secrets';
import { Session, type SessionOptions } from '@main/session';
import type { Clock } from '@shared/clock';
import { TEST_NOW, testClock } from './clock';

/** A fresh database file in its own temporary folder; `cleanup` closes and deletes it. */
export function tempDbFile(): { file: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bidwell-test-'));
  return { file: join(dir, 'bidwell.sqlite3'), dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens a fresh database, its migrations stamped at the test clock unless `options.now` says otherwise. */
export function openTempDb(options: Partial<OpenOptions> = {}): { db: Database; file: string; cleanup: () => void } {
  const temp = tempDbFile();
  const db = openDatabase(temp.file, { now: testClock, ...options });
  return {
    db,
    file: temp.file,
    cleanup: () => {
      if (db.open) db.close();
      temp.cleanup();
    },
  };
}

export const silentLogger: Logger = { warn: () => {}, error: () => {} };

/**
 * A real database behind the real session, handler table and invoker, with a settable clock
 * that starts at `start` (the pinned test instant unless a test needs a date of its own).
 */
export function testApp(
  start = TEST_NOW,
  options: { secrets?: SecretStore; log?: Logger; afterCall?: SessionOptions['afterCall'] } = {},
) {
  const temp = tempDbFile();
  let now = new Date(start);
  const clock: Clock = () => new Date(now);
  const session = new Session({
    ownFile: temp.file,
    sampleFile: join(temp.dir, 'sample.sqlite3'),
    now: clock,
    log: options.log ?? silentLogger,
    ...(options.secrets ? { secrets: options.secrets } : {}),
    ...(options.afterCall ? { afterCall: options.afterCall } : {}),
  });
  return {
    session,
    /** The app's clock (what `setNow` moves): a renderer under test reads the same one. */
    clock,
    file: temp.file,
    /** The database open right now (the own one unless a test switched). */
    get db(): Database {
      return session.db;
    },
    invoke: session.invoke,
    setNow: (iso: string) => {
      now = new Date(iso);
    },
    cleanup: () => {
      session.close();
      temp.cleanup();
    },
  };
}
