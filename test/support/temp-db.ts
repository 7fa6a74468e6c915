import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase, type OpenOptions } from '../../main/db/open';
import type { Logger } from '../../main/ipc/invoke';
import { Session } from '../../main/session';

/** A fresh database file in its own temporary folder; `cleanup` closes and deletes it. */
export function tempDbFile(): { file: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bidwell-test-'));
  return { file: join(dir, 'bidwell.sqlite3'), dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openTempDb(options?: OpenOptions): { db: Database; file: string; cleanup: () => void } {
  const temp = tempDbFile();
  const db = openDatabase(temp.file, options);
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

/** A real database behind the real session, handler table and invoker, with a settable clock. */
export function testApp(start = '2026-11-20T10:00:00.000Z') {
  const temp = tempDbFile();
  let now = new Date(start);
  const session = new Session({
    ownFile: temp.file,
    sampleFile: join(temp.dir, 'sample.sqlite3'),
    now: () => now,
    log: silentLogger,
  });
  return {
    session,
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
