import { afterEach, describe, expect, it } from 'vitest';
import { refreshStatus } from '@main/db/proposals/proposals';
import { connectsBalance, connectsBalanceAt } from '@main/db/money/connects';
import { saveSettings } from '@main/db/settings/settings';
import { fillSampleIfEmpty, insertSampleData } from '@main/db/data/sample-data';
import { allocate, generateSample, seasonality } from '@shared/sample-data/generate';
import { ratio } from '@shared/metrics/rates';
import { TEST_NOW } from '../support/clock';
import { snapshot } from '../support/db-snapshot';
import { openTempDb } from '../support/temp-db';

let temp: ReturnType<typeof openTempDb> | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  temp?.cleanup();
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

const END = '2026-11-20T10:00:00.000Z';
const options = { seed: 11, end: END, weeks: 52, count: 3000 };
const WEEK_MS = 7 * 86_400_000;

describe('sample data generator', () => {
  it('is deterministic for a seed and different for another', () => {
    expect(generateSample(options)).toEqual(generateSample(options));
    expect(generateSample({ ...options, seed: 12 }).proposals[0]).not.toEqual(generateSample(options).proposals[0]);
  });

  it('makes exactly the count asked for, inside the weeks, with ordered histories that stop at the end', () => {
    const { proposals } = generateSample(options);
    expect(proposals).toHaveLength(3000);
    const start = Date.parse(END) - 52 * 7 * 86_400_000;
    for (const p of proposals) {
      expect(Date.parse(p.fields.sentAt)).toBeGreaterThanOrEqual(start);
      expect(p.events[0]).toEqual({ status: 'sent', occurredAt: p.fields.sentAt });
      const times = p.events.map((e) => Date.parse(e.occurredAt));
      times.slice(1).forEach((t, i) => expect(t).toBeGreaterThan(times[i]!));
      expect(times.at(-1)!).toBeLessThanOrEqual(Date.parse(END));
    }
  });

  it('has outcomes that depend on the signals the insights break down', () => {
    const { proposals } = generateSample({ ...options, count: 20_000, weeks: 104 });
    const viewRate = (filter: (p: (typeof proposals)[number]) => boolean) => {
      const group = proposals.filter(filter);
      return ratio(group.filter((p) => p.events.some((e) => e.status === 'viewed')).length, group.length)!;
    };
    expect(viewRate((p) => p.fields.source === 'invite')).toBeGreaterThan(
      viewRate((p) => p.fields.source === 'search') + 0.2,
    );
    expect(viewRate((p) => p.fields.boostConnects > 0)).toBeGreaterThan(viewRate((p) => p.fields.boostConnects === 0));
    expect(viewRate((p) => p.fields.proposalsBand === 'lt5')).toBeGreaterThan(
      viewRate((p) => p.fields.proposalsBand === '50plus'),
    );
    const hires = proposals.filter((p) => p.events.some((e) => e.status === 'hired')).length / proposals.length;
    expect(hires).toBeGreaterThan(0.02);
    expect(hires).toBeLessThan(0.12);
  });

  it('sends fewer proposals over the year-end holidays', () => {
    expect(seasonality(Date.UTC(2026, 11, 25))).toBeLessThan(seasonality(Date.UTC(2026, 8, 15)));
    const { proposals } = generateSample({ seed: 5, end: '2027-03-01T00:00:00.000Z', weeks: 30, count: 6000 });
    const sentBetween = (from: string, to: string) =>
      proposals.filter((p) => p.fields.sentAt >= from && p.fields.sentAt < to).length;
    expect(sentBetween('2026-12-21', '2027-01-04')).toBeLessThan(0.7 * sentBetween('2026-11-02', '2026-11-16'));
  });

  it('allocates a count over weights exactly', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([3, 4, 3]);
    expect(allocate(7, [0.5, 1, 0.5]).reduce((a, b) => a + b)).toBe(7);
    expect(allocate(0, [1, 2])).toEqual([0, 0]);
  });
});

describe('inserting sample data', () => {
  it('writes status and stage exactly as refreshStatus would', () => {
    temp = openTempDb();
    const { db } = temp;
    const result = insertSampleData(db, generateSample({ ...options, count: 800 }), END);
    expect(result.proposals).toBe(800);
    const before = db.prepare('SELECT id, status, status_at, furthest_stage FROM proposals ORDER BY id').all();
    for (const { id } of db.prepare<[], { id: number }>('SELECT id FROM proposals').all()) refreshStatus(db, id);
    expect(db.prepare('SELECT id, status, status_at, furthest_stage FROM proposals ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM profiles').get()).toEqual({ n: 3 });
  });

  it('is the same database for the same anchor, with nothing after it', () => {
    const [first, second] = [openTempDb(), openTempDb()];
    cleanups.push(first.cleanup, second.cleanup);
    fillSampleIfEmpty(first.db, new Date(TEST_NOW));
    fillSampleIfEmpty(second.db, new Date(TEST_NOW));
    expect(snapshot(second.db, { withoutGlobalIds: true })).toEqual(snapshot(first.db, { withoutGlobalIds: true }));
    // Anchored at "now": the newest proposal went out in the last week, and nothing happened after now.
    const { newest, last } = first.db
      .prepare<[], { newest: string; last: string }>(
        'SELECT (SELECT max(sent_at) FROM proposals) AS newest, max(occurred_at) AS last FROM proposal_events',
      )
      .get()!;
    expect(Date.parse(TEST_NOW) - Date.parse(newest)).toBeLessThan(7 * 86_400_000);
    expect(Date.parse(last)).toBeLessThanOrEqual(Date.parse(TEST_NOW));
  });

  it('buys Connects so the balance adds up: never below zero at a week end, in any zone', () => {
    for (const timeZone of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
      const { db, cleanup } = openTempDb();
      cleanups.push(cleanup);
      saveSettings(db, { timeZone });
      insertSampleData(db, generateSample(options), END);
      const start = Date.parse(END) - 52 * WEEK_MS;
      const weekEnds = Array.from({ length: 52 }, (_, w) => new Date(start + (w + 1) * WEEK_MS - 1));
      const balances = weekEnds.map((at) => connectsBalanceAt(db, at));
      expect(Math.min(...balances), timeZone).toBeGreaterThanOrEqual(0);
      // Plausible, not hoarded: packs are bought as the weeks need them, a few hundred left at most.
      expect(connectsBalance(db, new Date(END))).toBeLessThan(400);
      const purchases = db
        .prepare<[], { n: number; connects: number; cost: number }>(
          "SELECT count(*) AS n, sum(connects) AS connects, sum(cost_cents) AS cost FROM connects_ledger WHERE kind = 'purchase'",
        )
        .get()!;
      expect(purchases.n).toBeGreaterThan(10);
      expect(purchases.cost).toBe(purchases.connects * 15);
    }
  });

  it('buys the same packs for the same seed and anchor', () => {
    expect(generateSample(options).connects).toEqual(generateSample(options).connects);
    expect(generateSample(options).connects.length).toBeGreaterThan(0);
  });

  it('fills the sample database only when it is empty', () => {
    temp = openTempDb();
    expect(fillSampleIfEmpty(temp.db, new Date(END))).toBe(true);
    const count = (temp.db.prepare('SELECT count(*) AS n FROM proposals').get() as { n: number }).n;
    expect(count).toBe(1300);
    expect(fillSampleIfEmpty(temp.db, new Date(END))).toBe(false);
    expect(temp.db.prepare('SELECT count(*) AS n FROM proposals').get()).toEqual({ n: count });
  });
});
