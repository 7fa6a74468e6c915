import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '@main/db/migrate';
import { migrations } from '@main/db/migrations';
import { openDatabase } from '@main/db/open';
import { createWeeklyReview } from '@main/review/notifier';
import { createTranslator } from '@main/i18n/translator';
import { silentLogger, testApp, tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';
import { value } from '../support/results';

// The weekly review's glue, through its factory with a fake notifier, on a real SQLite file.
// The user is in Berlin; the review is on Monday at 09:00 (the default). Monday 2027-03-29 is
// the first Monday of summer time: 09:00 there is 07:00 UTC.

let app: ReturnType<typeof testApp> | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  app?.cleanup();
  app = undefined;
  cleanups.splice(0).forEach((c) => c());
});

function setUp(start: string, translator = createTranslator('en')) {
  app = testApp(start);
  value(app.invoke('settings:update', { timeZone: 'Europe/Berlin' }));
  const shown: { title: string; body: string; week: string }[] = [];
  const review = () =>
    createWeeklyReview({
      notify: (title, body, week) => shown.push({ title, body, week }),
      i18n: translator,
      now: app!.clock,
      log: silentLogger,
    });
  return { shown, review };
}

const log = (sentAt: string) => value<{ id: number }>(app!.invoke('proposals:create', { jobTitle: sentAt, sentAt })).id;

describe('weekly review notifications', () => {
  it('speaks the language main speaks, figures formatted for it', () => {
    const { shown, review } = setUp('2027-03-29T07:00:00Z', createTranslator('zh-CN'));
    log('2027-03-23T10:00:00Z');
    expect(review().check(app!.db)).toBe('2027-03-22');
    expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: 'Bidwell：你的每周回顾', body: '上周：发送 1 份，录用 0 次，0% 被查看。打开看看上周，并计划新的一周。' },
    ]);
  });

  it("tells last week's figures at 09:00 local time, once, and a restart never repeats it", () => {
    const { shown, review } = setUp('2027-03-29T06:59:00Z');
    // Last week (Monday 2027-03-22 to Sunday 2027-03-28, Berlin): three proposals, one viewed, one hired.
    const [a, b] = [log('2027-03-22T10:00:00Z'), log('2027-03-24T10:00:00Z')];
    log('2027-03-28T21:30:00Z'); // Sunday 23:30 CEST: still last week
    log('2027-03-28T22:30:00Z'); // Monday 00:30 CEST: this week
    value(app!.invoke('proposals:setStatus', { id: a, status: 'viewed' }));
    value(app!.invoke('proposals:setStatus', { id: b, status: 'hired' }));
    value(
      app!.invoke('transactions:create', {
        occurredAt: '2027-03-25T10:00:00Z',
        amountCents: 124_000,
        kind: 'fixed_price',
      }),
    );

    // 08:59 in Berlin: the week before was shown last Monday, so nothing yet.
    const notifier = review();
    app!.db.prepare("INSERT INTO review_notice (id, week, shown_at) VALUES (1, '2027-03-15', 'x')").run();
    expect(notifier.check(app!.db)).toBeNull();

    app!.setNow('2027-03-29T07:00:00Z');
    expect(notifier.check(app!.db)).toBe('2027-03-22');
    expect(shown).toEqual([
      {
        title: 'Bidwell: your weekly review',
        body: 'Last week: 3 sent, 1 hire, 67% viewed, $1,240 earned. Open it to look back and plan the week ahead.',
        week: '2027-03-22',
      },
    ]);
    // Later the same day, and after a restart (a new notifier on the same file): quiet.
    app!.setNow('2027-03-29T15:00:00Z');
    expect(notifier.check(app!.db)).toBeNull();
    expect(review().check(app!.db)).toBeNull();
    expect(shown).toHaveLength(1);
  });

  it('a review missed while the app was closed comes at the next start: the latest week only', () => {
    const { shown, review } = setUp('2027-04-07T16:00:00Z');
    app!.db.prepare("INSERT INTO review_notice (id, week, shown_at) VALUES (1, '2027-03-15', 'x')").run();
    expect(review().check(app!.db)).toBe('2027-03-29');
    expect(shown.map((s) => s.body)).toEqual([
      'Last week: 0 sent, 0 hires. Open it to look back and plan the week ahead.',
    ]);
  });

  it("follows the user's day and time, stays quiet when turned off, and never watches the sample data", () => {
    const { shown, review } = setUp('2027-03-31T16:59:00Z');
    value(app!.invoke('settings:update', { reviewDay: 'wednesday', reviewTime: '19:00' }));
    app!.db.prepare("INSERT INTO review_notice (id, week, shown_at) VALUES (1, '2027-03-15', 'x')").run();
    expect(review().check(app!.db)).toBeNull(); // 18:59 in Berlin
    expect(review().check(app!.db, 'sample')).toBeNull();
    app!.setNow('2027-03-31T17:00:00Z');
    value(app!.invoke('settings:update', { reviewNotifications: false }));
    expect(review().check(app!.db)).toBeNull();
    // Recorded as shown all the same: turning notifications back on does not replay it.
    value(app!.invoke('settings:update', { reviewNotifications: true }));
    expect(review().check(app!.db)).toBeNull();
    expect(shown).toEqual([]);
  });

  it('refuses a time that is not HH:MM beside the field', () => {
    setUp('2027-03-29T07:00:00Z');
    const refused = app!.invoke('settings:update', { reviewTime: '9am' });
    expect(!refused.ok && refused.error.fields[0]).toMatchObject({ path: 'reviewTime', key: 'validation.time' });
  });
});

describe('migration 9 (weekly review notice)', () => {
  it('adds review_notice to a version-8 database without touching its rows', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    const old = openDatabase(temp.file, { migrations: migrations.slice(0, 8), now: testClock });
    old.prepare("INSERT INTO settings (key, value) VALUES ('weekStart', '\"sunday\"')").run();
    old.close();
    const db = new Sqlite(temp.file);
    cleanups.unshift(() => db.close());
    expect(migrate(db, migrations.slice(0, 9), testClock())).toEqual([9]);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'weekStart'").get()).toEqual({ value: '"sunday"' });
    db.prepare("INSERT INTO review_notice (id, week, shown_at) VALUES (1, '2027-03-22', 'x')").run();
    expect(() =>
      db.prepare("INSERT INTO review_notice (id, week, shown_at) VALUES (2, '2027-03-22', 'x')").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE review_notice SET week = 'last week'").run()).toThrow(/CHECK/);
  });
});
