import { afterEach, describe, expect, it } from 'vitest';
import { waitingCount } from '@main/db/sync/outbox';
import { fixtureText } from '../support/fixtures';
import { value } from '../support/results';
import { newTeam, syncedData, syncWith } from '../support/sync-devices';
import { testApp } from '../support/temp-db';
import { usePostgres } from '../support/use-postgres';
import { upworkHistory, weeklySummary } from '../support/upwork-history';

// Imports write a chunk of rows per statement and make each row's natural global id in the insert,
// not in the trigger (main/db/bulk.ts): on a computer in a team, a second computer must still get
// every row, under the same global ids (syncedData compares them).

const postgres = usePostgres();
const apps: ReturnType<typeof testApp>[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.cleanup()));

function computer() {
  const app = testApp('2026-11-20T10:00:00.000Z');
  apps.push(app);
  return app;
}

describe('imports on a computer in a team', () => {
  it('reach the other computer whole: hours, earnings, fees, Connects, the history replacing Weekly Summary amounts', async () => {
    const team = await newTeam(postgres());
    const [a, b] = [computer(), computer()];
    await syncWith(a.db, team, { now: a.clock });
    await syncWith(b.db, team, { now: b.clock });

    // Past a chunk's edge (500 rows), overlapping weeks, a Connects purchase; b imports one file too.
    value(a.invoke('import:weeklyCommit', { text: weeklySummary(1_201, 7) }));
    value(a.invoke('import:upworkCommit', { text: upworkHistory(601) }));
    value(a.invoke('import:weeklyCommit', { text: fixtureText('upwork/weekly/weekly-2024.csv') }));
    value(a.invoke('import:upworkCommit', { text: fixtureText('upwork/weekly/history-2024-04.csv') }));
    value(b.invoke('import:upworkCommit', { text: fixtureText('upwork/transactions-19col.csv') }));

    await syncWith(a.db, team, { now: a.clock });
    await syncWith(b.db, team, { now: b.clock });
    await syncWith(a.db, team, { now: a.clock });

    expect(syncedData(b.db)).toEqual(syncedData(a.db));
    const counts = (db: typeof a.db) =>
      ['work_entries', 'transactions', 'connects_ledger'].map((t) =>
        db.prepare(`SELECT count(*) AS n FROM ${t}`).pluck().get(),
      );
    // Both files' Connects purchases (the 19-column file's and the April history's).
    expect(counts(b.db)).toEqual([1_201 + 9, expect.any(Number), 2]);
    expect(counts(a.db)).toEqual(counts(b.db));
    expect(waitingCount(a.db) + waitingCount(b.db)).toBe(0);
  });
});
