import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '@main/core/log';
import { logSlowQueries, prepared, SLOW_QUERY_MS } from '@main/db/statements';
import { Session } from '@main/session';
import { testClock } from '../support/clock';
import { openTempDb, tempDbFile } from '../support/temp-db';

// A query that takes hundreds of milliseconds on any machine (three million rows counted), so the
// test needs no clock: only "slower than the mark" and "faster than a minute".
const SLOW_SQL = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000)
  SELECT count(*) AS n FROM n`;

function listeningLog() {
  const warnings: { message: string; details: unknown }[] = [];
  const log: Logger = { warn: (message, details) => void warnings.push({ message, details }), error: () => {} };
  return { warnings, log };
}

describe('slow-query log', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('logs a query slower than 40 ms with its SQL, whoever ran it', () => {
    const temp = openTempDb();
    cleanup = temp.cleanup;
    const { warnings, log } = listeningLog();
    logSlowQueries(temp.db, log);
    expect(SLOW_QUERY_MS).toBe(40);

    expect(prepared<[], { n: number }>(temp.db, SLOW_SQL).get()!.n).toBe(3_000_000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^Slow query: \d+\.\d ms$/);
    expect(warnings[0]!.details).toEqual({ sql: expect.stringContaining('WITH RECURSIVE n(i) AS') });
  });

  it('stays quiet under the mark, and without a log', () => {
    const temp = openTempDb();
    cleanup = temp.cleanup;
    prepared(temp.db, SLOW_SQL).get(); // No log set: nothing to say it to, and nothing breaks.
    const { warnings, log } = listeningLog();
    logSlowQueries(temp.db, log, 60_000);
    prepared(temp.db, SLOW_SQL).get();
    expect(warnings).toEqual([]);
  });

  it('is on for the session: the database main opens reports to main’s log', () => {
    const temp = tempDbFile();
    const { warnings, log } = listeningLog();
    const session = new Session({ ownFile: temp.file, sampleFile: `${temp.file}.sample`, now: testClock, log });
    cleanup = () => {
      session.close();
      temp.cleanup();
    };
    prepared(session.db, SLOW_SQL).get();
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Slow query: /)]);
  });
});
