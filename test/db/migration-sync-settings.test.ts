import { afterEach, describe, expect, it } from 'vitest';
import { userVersion } from '@main/db/migrate';
import { migrations } from '@main/db/migrations';
import { openDatabase } from '@main/db/open';
import { tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('migration 10: the Sync screen settings', () => {
  it('keeps the sync state as it was and adds no connection, password or problem', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    const v9 = openDatabase(temp.file, { migrations: migrations.slice(0, 9), now: testClock });
    v9.exec(
      `UPDATE sync_state SET capturing = 1, server_id = 'server-1', cursor = 42, last_synced_at = '2026-11-19T10:00:00.000Z'`,
    );
    const before = v9.prepare('SELECT * FROM sync_state').get() as Record<string, unknown>;
    v9.close();

    const db = openDatabase(temp.file, { migrations: migrations.slice(0, 10), now: testClock });
    cleanups.unshift(() => db.close());
    expect(userVersion(db)).toBe(10);
    expect(db.prepare('SELECT * FROM sync_state').get()).toEqual({
      ...before,
      connection: null,
      password: null,
      last_problem: null,
    });
  });
});
