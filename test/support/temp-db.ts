import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase, type OpenOptions } from '../../main/db/open';
import { createHandlers } from '../../main/handlers';
import { createInvoker, type Logger } from '../../main/ipc/invoke';

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

/** A real database behind the real handler table and invoker, with a settable clock. */
export function testApp(start = '2026-11-20T10:00:00.000Z') {
  const temp = openTempDb();
  let now = new Date(start);
  const handlers = createHandlers({ db: temp.db, now: () => now });
  const invoke = createInvoker(handlers, silentLogger);
  return {
    ...temp,
    handlers,
    invoke,
    setNow: (iso: string) => {
      now = new Date(iso);
    },
  };
}
