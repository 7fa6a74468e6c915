import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasEarnings, weeklyEarnings } from '@main/db/money/weekly-earnings';
import { weeklySeries } from '@main/db/dashboard/weekly-series';
import { weeksBetween } from '@shared/metrics/weeks';
import { logProposal, value, type App } from '../support/dash-fixtures';
import { testApp } from '../support/temp-db';

let app: App;
beforeEach(() => {
  app = testApp('2026-12-31T12:00:00.000Z');
});
afterEach(() => app.cleanup());

const counts = (rows: ReturnType<typeof weeklySeries>) =>
  rows.map(({ weekStart, sent, viewed, interviewed, offered, hired, connects }) => ({
    weekStart,
    sent,
    viewed,
    interviewed,
    offered,
    hired,
    connects,
  }));

describe('weeklySeries: cohorts by sent week on a real database', () => {
  it('counts each proposal in its sent week, a stage once reached (whatever came after), Connects with boosts', () => {
    logProposal(app, '2026-11-02T15:00:00.000Z', ['viewed', 'declined'], { connectsSpent: 16 });
    logProposal(app, '2026-11-03T15:00:00.000Z', ['viewed', 'interviewing', 'offer', 'hired'], {
      connectsSpent: 8,
      boostConnects: 10,
    });
    logProposal(app, '2026-11-04T15:00:00.000Z', ['no_response'], { connectsSpent: 4 });
    // Sent in the third week, hired weeks later: still counts in the third week.
    logProposal(app, '2026-11-18T15:00:00.000Z', ['interviewing', 'hired'], { connectsSpent: 12 });

    const rows = weeklySeries(app.db, {
      from: '2026-11-02T00:00:00.000Z',
      to: '2026-11-23T00:00:00.000Z',
      timeZone: 'UTC',
      weekStart: 'monday',
    });
    expect(counts(rows)).toEqual([
      { weekStart: '2026-11-02', sent: 3, viewed: 2, interviewed: 1, offered: 1, hired: 1, connects: 38 },
      { weekStart: '2026-11-09', sent: 0, viewed: 0, interviewed: 0, offered: 0, hired: 0, connects: 0 },
      // Skipping straight to "interviewing" implies it was viewed; "hired" implies an offer.
      { weekStart: '2026-11-16', sent: 1, viewed: 1, interviewed: 1, offered: 1, hired: 1, connects: 12 },
    ]);
    expect(rows.every((r) => r.earningsCents === 0)).toBe(true);
  });

  it('follows a removed outcome back down (the cached stage is refreshed)', () => {
    const p = logProposal(app, '2026-11-02T15:00:00.000Z', ['viewed', 'hired']);
    const detail = value<{ events: { id: number; status: string }[] }>(app.invoke('proposals:get', { id: p.id }));
    value(app.invoke('proposals:deleteEvent', { eventId: detail.events.find((e) => e.status === 'hired')!.id }));
    const [row] = weeklySeries(app.db, {
      from: '2026-11-02T00:00:00.000Z',
      to: '2026-11-09T00:00:00.000Z',
      timeZone: 'UTC',
      weekStart: 'monday',
    });
    expect(row).toMatchObject({ sent: 1, viewed: 1, hired: 0 });
  });

  it('cuts weeks in the user zone and week start', () => {
    // Sunday 22 Nov 23:30 in New York = Monday 04:30 UTC.
    logProposal(app, '2026-11-23T04:30:00.000Z');
    // Monday 23 Nov 01:00 in Manila = Sunday 17:00 UTC.
    logProposal(app, '2026-11-22T17:00:00.000Z');
    const range = { from: '2026-11-09T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' };
    const sentBy = (timeZone: string, weekStart: 'monday' | 'sunday' | 'saturday') =>
      Object.fromEntries(weeklySeries(app.db, { ...range, timeZone, weekStart }).map((r) => [r.weekStart, r.sent]));

    expect(sentBy('UTC', 'monday')).toEqual({ '2026-11-09': 0, '2026-11-16': 1, '2026-11-23': 1 });
    expect(sentBy('America/New_York', 'monday')).toEqual({
      '2026-11-02': 0,
      '2026-11-09': 0,
      '2026-11-16': 2,
      '2026-11-23': 0,
    });
    // Manila's week of 30 Nov starts at 16:00 UTC on the 29th: it overlaps the range, so it is listed.
    expect(sentBy('Asia/Manila', 'monday')).toEqual({
      '2026-11-09': 0,
      '2026-11-16': 0,
      '2026-11-23': 2,
      '2026-11-30': 0,
    });
    expect(sentBy('America/New_York', 'sunday')).toEqual({
      '2026-11-08': 0,
      '2026-11-15': 0,
      '2026-11-22': 2,
      '2026-11-29': 0,
    });
    expect(sentBy('UTC', 'saturday')).toEqual({ '2026-11-07': 0, '2026-11-14': 0, '2026-11-21': 2, '2026-11-28': 0 });
  });

  it('keeps a proposal sent just before a DST change in its local week', () => {
    // 2026-03-08 01:59 EST (06:59 UTC), just before clocks jump to 03:00; Sunday weeks.
    logProposal(app, '2026-03-08T06:59:00.000Z');
    // Saturday 2026-03-07 23:59 EST (04:59 UTC on Sunday): the previous Sunday week.
    logProposal(app, '2026-03-08T04:59:00.000Z');
    const rows = weeklySeries(app.db, {
      from: '2026-03-01T12:00:00.000Z',
      to: '2026-03-14T12:00:00.000Z',
      timeZone: 'America/New_York',
      weekStart: 'sunday',
    });
    expect(rows.map((r) => [r.weekStart, r.sent, r.startsAt])).toEqual([
      ['2026-03-01', 1, '2026-03-01T05:00:00.000Z'],
      ['2026-03-08', 1, '2026-03-08T05:00:00.000Z'],
    ]);
    expect(rows[1]!.endsAt).toBe('2026-03-15T04:00:00.000Z');
  });

  it('splits the year boundary by local week, not by calendar year', () => {
    logProposal(app, '2026-12-31T09:00:00.000Z');
    logProposal(app, '2026-12-30T09:00:00.000Z');
    app.setNow('2027-01-05T12:00:00.000Z');
    logProposal(app, '2027-01-02T09:00:00.000Z');
    const rows = weeklySeries(app.db, {
      from: '2026-12-21T00:00:00.000Z',
      to: '2027-01-05T00:00:00.000Z',
      timeZone: 'Europe/London',
      weekStart: 'monday',
    });
    expect(rows.map((r) => [r.weekStart, r.sent])).toEqual([
      ['2026-12-21', 0],
      ['2026-12-28', 3],
      ['2027-01-04', 0],
    ]);
  });

  it('returns an empty series for an empty range', () => {
    expect(
      weeklySeries(app.db, {
        from: '2026-11-02T00:00:00.000Z',
        to: '2026-11-02T00:00:00.000Z',
        timeZone: 'UTC',
        weekStart: 'monday',
      }),
    ).toEqual([]);
  });
});

describe('weekly earnings', () => {
  const insert = (occurredAt: string, amount: number, kind: string) =>
    app.db
      .prepare(
        "INSERT INTO transactions (occurred_at, amount_cents, kind, created_at) VALUES (?, ?, ?, '2026-12-01T00:00:00.000Z')",
      )
      .run(occurredAt, amount, kind);

  it('adds gross earnings and takes refunds off; fees, withdrawals and Connects are not earnings', () => {
    expect(hasEarnings(app.db)).toBe(false);
    insert('2026-11-03T10:00:00.000Z', 50_000, 'hourly');
    insert('2026-11-03T10:00:00.000Z', -5_000, 'service_fee');
    insert('2026-11-04T10:00:00.000Z', 20_000, 'fixed_price');
    insert('2026-11-05T10:00:00.000Z', 3_000, 'bonus');
    insert('2026-11-06T10:00:00.000Z', -10_000, 'refund');
    insert('2026-11-06T11:00:00.000Z', -40_000, 'withdrawal');
    insert('2026-11-06T12:00:00.000Z', -1_500, 'connects_purchase');
    insert('2026-11-10T10:00:00.000Z', 7_000, 'hourly');
    const weeks = weeksBetween('2026-11-02T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'UTC', 'monday');
    expect(weeklyEarnings(app.db, weeks)).toEqual([63_000, 7_000, 0]);
    expect(hasEarnings(app.db)).toBe(true);
    const rows = weeklySeries(app.db, {
      from: '2026-11-02T00:00:00.000Z',
      to: '2026-11-23T00:00:00.000Z',
      timeZone: 'UTC',
      weekStart: 'monday',
    });
    expect(rows.map((r) => r.earningsCents)).toEqual([63_000, 7_000, 0]);
  });

  it('is zero everywhere while the transactions table does not exist', () => {
    const bare = new Sqlite(':memory:');
    const weeks = weeksBetween('2026-11-02T00:00:00.000Z', '2026-11-16T00:00:00.000Z', 'UTC', 'monday');
    expect(weeklyEarnings(bare, weeks)).toEqual([0, 0]);
    expect(hasEarnings(bare)).toBe(false);
    bare.close();
  });
});
