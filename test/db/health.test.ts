import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { HealthReport, HealthStatus, StaleMarking } from '@shared/domain/health';
import type { Settings } from '@shared/domain/settings';
import { migrate } from '@main/db/migrate';
import { migrations } from '@main/db/migrations';
import { openDatabase } from '@main/db/open';
import { testApp, tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';
import { value } from '../support/results';

let app: ReturnType<typeof testApp> | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  app?.cleanup();
  app = undefined;
  cleanups.splice(0).forEach((c) => c());
});

/** Logs `n` proposals, one an hour back from `last`, through the real invoker; returns their ids. */
function logProposals(n: number, last = '2026-11-20T09:00:00.000Z', skills: string[] = []): number[] {
  return Array.from({ length: n }, (_, i) => {
    const sentAt = new Date(Date.parse(last) - i * 3_600_000).toISOString();
    return value<{ id: number }>(app!.invoke('proposals:create', { jobTitle: `Job ${i + 1}`, sentAt, skills })).id;
  });
}

const status = () => value<HealthStatus>(app!.invoke('health:status', undefined));
const levels = () => {
  const s = status();
  return [s.overall, ...s.findings.map((f) => `${f.rule}:${f.level}`)];
};

describe('migration 4 (health tables)', () => {
  it('adds the JSS, checklist and notice tables to a version-3 database without touching its rows', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    const old = openDatabase(temp.file, { migrations: migrations.slice(0, 3), now: testClock });
    old.prepare("INSERT INTO settings (key, value) VALUES ('weekStart', '\"sunday\"')").run();
    old.close();
    const db = new Sqlite(temp.file);
    cleanups.unshift(() => db.close());
    expect(migrate(db, migrations.slice(0, 4), testClock())).toEqual([4]);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'weekStart'").get()).toEqual({ value: '"sunday"' });
    db.prepare("INSERT INTO jss_entries (recorded_on, score, created_at) VALUES ('2026-11-01', 91, 'x')").run();
    expect(() =>
      db.prepare("INSERT INTO jss_entries (recorded_on, score, created_at) VALUES ('2026-11-01', 101, 'x')").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO jss_entries (recorded_on, score, created_at) VALUES ('Nov 1', 50, 'x')").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO health_notice (id, level, checked_at) VALUES (2, 'ok', 'x')").run()).toThrow(
      /CHECK/,
    );
    expect(() => db.prepare("INSERT INTO health_notice (id, level, checked_at) VALUES (1, 'bad', 'x')").run()).toThrow(
      /CHECK/,
    );
  });
});

describe('migration 6 (health indexes)', () => {
  it('indexes trailing hires and waiting proposals on a version-5 database, rows untouched', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    const old = openDatabase(temp.file, { migrations: migrations.slice(0, 5), now: testClock });
    old.prepare("INSERT INTO jss_entries (recorded_on, score, created_at) VALUES ('2026-11-01', 91, 'x')").run();
    old.close();
    const db = new Sqlite(temp.file);
    cleanups.unshift(() => db.close());
    expect(migrate(db, migrations.slice(0, 6), testClock())).toEqual([6]);
    expect(db.prepare('SELECT score FROM jss_entries').all()).toEqual([{ score: 91 }]);
    const plan = (sql: string) => JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all());
    expect(
      plan(
        "SELECT count(DISTINCT proposal_id) FROM proposal_events WHERE status = 'hired' AND occurred_at >= '2026' AND occurred_at < '2027'",
      ),
    ).toContain('proposal_events_status_occurred');
    expect(plan("SELECT count(*) FROM proposals WHERE status IN ('sent', 'viewed') AND status_at < '2026'")).toContain(
      'proposals_status_status_at',
    );
  });
});

describe('health status from real proposals', () => {
  it('judges nothing on an empty database, saying there is not enough data', () => {
    app = testApp('2026-11-20T10:00:00.000Z');
    const s = status();
    expect(s).toMatchObject({ overall: 'ok', judged: false });
    expect(s.findings.filter((f) => !f.judged).map((f) => f.rule)).toEqual([
      'lowConversion',
      'volumeWithoutIncome',
      'ratioDrop',
      'lowViewRate',
      'jss',
    ]);
    // No transactions table yet: "nothing recorded", not "earned $0".
    expect(s.findings[1]!.evidence[1]!.key).toBe('evidence.noEarningsRecorded');
  });

  it('turns at risk at 30 proposals without a hire, and recovers as hires are recorded', () => {
    app = testApp('2026-11-20T10:00:00.000Z');
    const ids = logProposals(29);
    expect(levels()).toEqual([
      'watch',
      'lowConversion:watch',
      'volumeWithoutIncome:ok',
      'ratioDrop:ok',
      'lowViewRate:ok',
      'jss:ok',
    ]);
    ids.push(...logProposals(1, '2026-11-20T09:30:00.000Z'));
    expect(levels()).toEqual([
      'at_risk',
      'lowConversion:at_risk',
      'volumeWithoutIncome:watch',
      'ratioDrop:ok',
      'lowViewRate:ok',
      'jss:ok',
    ]);
    expect(status().findings[0]!.evidence[0]).toEqual({
      key: 'evidence.conversion',
      params: { sent: { count: 30 }, hired: { count: 0 }, days: { count: 30 } },
    });

    value(app.invoke('proposals:setStatus', { id: ids[0]!, status: 'hired' }));
    expect(levels()[0]).toBe('watch'); // 1 in 30 is still under 5%
    value(app.invoke('proposals:setStatus', { id: ids[1]!, status: 'hired' }));
    expect(levels()[0]).toBe('ok');
  });

  it('counts only the trailing window: proposals older than 30 days drop out', () => {
    app = testApp('2026-11-20T10:00:00.000Z');
    logProposals(30, '2026-10-21T08:00:00.000Z'); // all sent 30+ days before "now"
    expect(status().findings[0]!.evidence[0]!.params.sent).toEqual({ count: 0 });
    expect(status().findings[1]!.level).toBe('watch'); // still inside the 90-day window
  });

  it('reads thresholds from the settings', () => {
    app = testApp('2026-11-20T10:00:00.000Z');
    logProposals(10);
    expect(status().overall).toBe('ok');
    value(app.invoke('settings:update', { conversionWatchProposals: 5, conversionAtRiskProposals: 10 }));
    expect(status().findings[0]!.level).toBe('at_risk');
  });

  it('judges the view rate on mature weeks and names skills that get viewed', () => {
    app = testApp('2026-11-20T10:00:00.000Z');
    const viewedOnes = logProposals(6, '2026-10-20T08:00:00.000Z', ['Figma']);
    for (const id of viewedOnes) app.db.prepare("UPDATE proposals SET category = 'Design' WHERE id = ?").run(id);
    logProposals(24, '2026-10-21T08:00:00.000Z', ['WordPress']);
    for (const id of viewedOnes.slice(0, 2))
      value(app.invoke('proposals:setStatus', { id, status: 'viewed', occurredAt: '2026-10-22T08:00:00.000Z' }));
    const view = status().findings.find((f) => f.rule === 'lowViewRate')!;
    expect(view.level).toBe('at_risk'); // 2 of 30 = 6.7%
    expect(view.advice).toContainEqual({ key: 'advice.skillsThatWork', params: { skills: { text: 'Figma' } } });
    expect(view.advice).toContainEqual({
      key: 'advice.categoriesThatWork',
      params: { categories: { text: 'Design' } },
    });
  });
});

describe('earnings in the health rules', () => {
  it('uses recorded earnings (gross, fees aside) once there are any, and counts them toward Top Rated', () => {
    app = testApp('2026-11-20T10:00:00.000Z');
    value(app.invoke('settings:update', { timeZone: 'UTC' }));
    logProposals(30);
    const pay = app.db.prepare(
      "INSERT INTO transactions (occurred_at, amount_cents, kind, created_at) VALUES (?, ?, ?, 'x')",
    );
    pay.run('2026-10-01T12:00:00.000Z', 8_000, 'fixed_price');
    pay.run('2026-10-01T12:00:00.000Z', -800, 'service_fee');
    let income = status().findings[1]!;
    expect(income.level).toBe('watch'); // $80 in 90 days: under the $100 floor
    expect(income.evidence[1]).toEqual({
      key: 'evidence.earned',
      params: { earned: { cents: 8_000 }, days: { count: 90 } },
    });
    expect(income.advice.map((a) => a.key)).not.toContain('advice.recordEarnings');

    pay.run('2026-11-02T12:00:00.000Z', 5_000, 'bonus');
    income = status().findings[1]!;
    expect(income.level).toBe('ok');
    const report = value<HealthReport>(app.invoke('health:report', undefined));
    expect(report.topRated).toMatchObject({
      earnings12mCents: 13_000,
      earningsRecorded: true,
      firstContractOn: '2026-10-01',
    });
  });
});

describe('the Health report', () => {
  it('has a weekly trend ending with the current level, JSS history, checklist and stale count', () => {
    app = testApp('2026-11-20T10:00:00.000Z');
    logProposals(30, '2026-10-25T08:00:00.000Z');
    value(app.invoke('health:addJss', { recordedOn: '2026-10-01', score: 93 }));
    value(app.invoke('health:addJss', { recordedOn: '2026-11-15', score: 72 }));
    value(app.invoke('health:setChecklistItem', { item: 'portfolio', done: true }));
    const report = value<HealthReport>(app.invoke('health:report', undefined));
    expect(report.trend).toHaveLength(12);
    expect(report.trend.at(-1)).toEqual({ weekStart: '2026-11-16', level: report.overall, judged: true });
    // Before the proposals went out there was nothing to judge (not "OK"); once 30 had gone out
    // without a hire it was at risk.
    expect(report.trend[0]).toMatchObject({ level: 'ok', judged: false });
    expect(report.trend.find((p) => p.weekStart === '2026-10-19')!.level).toBe('at_risk');
    expect(report.jss.map((j) => j.score)).toEqual([93, 72]);
    expect(report.findings.find((f) => f.rule === 'jss')!.level).toBe('watch');
    expect(report.checklist.find((c) => c.item === 'portfolio')!.doneAt).toBe('2026-11-20T10:00:00.000Z');
    expect(report.checklist.filter((c) => c.doneAt === null)).toHaveLength(4);
    expect(report.staleCount).toBe(30); // 26+ days quiet, over the 14-day default
    // 93 in effect for the weeks ending Oct 4 … Nov 8, 72 for the last two; nothing before Oct 1.
    expect(report.topRated).toMatchObject({
      weeksAtOrAbove90: 6,
      weeksKnown: 8,
      earningsRecorded: false,
      firstContractOn: null,
    });
  });
});

describe('JSS entries', () => {
  it('refuses a JSS dated in the future or out of range, keeping nothing', () => {
    app = testApp('2026-11-20T10:00:00.000Z');
    expect(app.invoke('health:addJss', { recordedOn: '2026-11-21', score: 90 })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'recordedOn', key: 'validation.futureDate' }] },
    });
    expect(app.invoke('health:addJss', { recordedOn: '2026-02-30', score: 90 })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'recordedOn', key: 'validation.date' }] },
    });
    expect(app.invoke('health:addJss', { recordedOn: '2026-11-01', score: 100.5 })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'score' }] },
    });
    expect(app.invoke('health:addJss', { recordedOn: '2026-11-01', score: -1 })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'score', key: 'validation.tooSmall' }] },
    });
    expect(app.db.prepare('SELECT count(*) AS n FROM jss_entries').get()).toEqual({ n: 0 });
  });

  it('deletes an entry and hands it back for undo', () => {
    app = testApp();
    const entry = value<{ id: number }>(app.invoke('health:addJss', { recordedOn: '2026-11-01', score: 88 }));
    expect(value(app.invoke('health:deleteJss', { id: entry.id }))).toEqual({
      id: entry.id,
      recordedOn: '2026-11-01',
      score: 88,
    });
    expect(app.invoke('health:deleteJss', { id: entry.id })).toMatchObject({
      ok: false,
      error: { key: 'errors.notFound' },
    });
  });
});

describe('stale outcomes', () => {
  it('lists sent/viewed proposals quiet for 14+ days, marks them all "no response" at once, and undoes it', () => {
    app = testApp('2026-11-20T10:00:00.000Z');
    const [quiet, viewed, interviewing] = logProposals(3, '2026-11-01T08:00:00.000Z');
    logProposals(1, '2026-11-10T08:00:00.000Z'); // 10 days: not stale yet
    value(app.invoke('proposals:setStatus', { id: viewed!, status: 'viewed', occurredAt: '2026-11-02T08:00:00.000Z' }));
    value(
      app.invoke('proposals:setStatus', {
        id: interviewing!,
        status: 'interviewing',
        occurredAt: '2026-11-02T08:00:00.000Z',
      }),
    );
    const stale = value<{ id: number }[]>(app.invoke('health:stale', undefined));
    expect(stale.map((s) => s.id).sort()).toEqual([quiet, viewed].sort());

    const marking = value<StaleMarking>(app.invoke('health:markStale', { ids: [quiet!, viewed!, interviewing!] }));
    expect(marking.eventIds).toHaveLength(2); // the interview is not stale: left alone
    expect(
      app.db
        .prepare('SELECT id, status FROM proposals WHERE id IN (?, ?, ?) ORDER BY id')
        .all(quiet, viewed, interviewing),
    ).toEqual(
      [
        { id: quiet, status: 'no_response' },
        { id: viewed, status: 'no_response' },
        { id: interviewing, status: 'interviewing' },
      ].sort((a, b) => a.id! - b.id!),
    );
    expect(value<unknown[]>(app.invoke('health:stale', undefined))).toEqual([]);

    expect(value(app.invoke('health:unmarkStale', { eventIds: marking.eventIds }))).toEqual({ restored: 2 });
    expect(app.db.prepare('SELECT status FROM proposals WHERE id = ?').get(viewed)).toEqual({ status: 'viewed' });
    expect(value<unknown[]>(app.invoke('health:stale', undefined))).toHaveLength(2);
  });

  it('follows the stale-days setting and refuses hostile batches', () => {
    app = testApp('2026-11-20T10:00:00.000Z');
    logProposals(1, '2026-11-10T08:00:00.000Z');
    value(app.invoke('settings:update', { staleDays: 7 }));
    expect(value<unknown[]>(app.invoke('health:stale', undefined))).toHaveLength(1);
    expect(app.invoke('health:markStale', { ids: [] })).toMatchObject({ ok: false });
    expect(app.invoke('health:markStale', { ids: Array.from({ length: 1001 }, (_, i) => i + 1) })).toMatchObject({
      ok: false,
    });
    expect(app.invoke('health:markStale', { ids: ['1'] })).toMatchObject({ ok: false });
    // Undo never deletes an event that is not a "no response" one.
    const sent = app.db.prepare<[], { id: number }>("SELECT id FROM proposal_events WHERE status = 'sent'").get()!;
    expect(value(app.invoke('health:unmarkStale', { eventIds: [sent.id] }))).toEqual({ restored: 0 });
  });
});

describe('settings', () => {
  it('stores thresholds and refuses bad ones, keeping the previous values', () => {
    app = testApp();
    const before = value<Settings>(app.invoke('settings:get', undefined));
    expect(before).toMatchObject({ staleDays: 14, healthNotifications: true, conversionWatchProposals: 20 });
    expect(value<Settings>(app.invoke('settings:update', { staleDays: 21, healthNotifications: false }))).toMatchObject(
      { staleDays: 21, healthNotifications: false },
    );

    const hostile: [Record<string, unknown>, string, string][] = [
      [{ staleDays: 0 }, 'staleDays', 'validation.tooSmall'],
      [{ staleDays: 2.5 }, 'staleDays', 'validation.wholeNumber'],
      [{ staleDays: '14' }, 'staleDays', 'validation.invalidType'],
      [{ jssWatchPct: 101 }, 'jssWatchPct', 'validation.tooBig'],
      [{ incomeNearZeroCents: -1 }, 'incomeNearZeroCents', 'validation.tooSmall'],
      [{ conversionWindowDays: Number.NaN }, 'conversionWindowDays', 'validation.invalidType'],
      [{ healthNotifications: 'yes' }, 'healthNotifications', 'validation.invalidType'],
      [{ notAKey: 1 }, '', 'validation.unknownField'],
      // Crossing levels: the at-risk bar must be at least as strict as the watch bar.
      [{ conversionAtRiskProposals: 10 }, 'conversionAtRiskProposals', 'validation.atLeastWatch'],
      [{ conversionWatchProposals: 40 }, 'conversionWatchProposals', 'validation.atMostRisk'],
      [{ jssAtRiskPct: 80 }, 'jssAtRiskPct', 'validation.atMostWatch'],
      [{ viewRateWatchPct: 5 }, 'viewRateWatchPct', 'validation.atLeastRisk'],
    ];
    for (const [patch, path, key] of hostile) {
      expect(
        app.invoke('settings:update', { healthNotifications: true, ...patch }),
        JSON.stringify(patch),
      ).toMatchObject({
        ok: false,
        error: { fields: [{ path, key }] },
      });
    }
    expect(value<Settings>(app.invoke('settings:get', undefined))).toEqual({
      ...before,
      staleDays: 21,
      healthNotifications: false,
    });
    // Moving both ends together is fine.
    expect(
      value<Settings>(app.invoke('settings:update', { conversionWatchProposals: 40, conversionAtRiskProposals: 50 })),
    ).toMatchObject({
      conversionWatchProposals: 40,
      conversionAtRiskProposals: 50,
    });
  });
});
