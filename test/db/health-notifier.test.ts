import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@main/db/open';
import { createHandlers } from '@main/ipc/handlers';
import type { HandlerContext } from '@main/core/handler-context';
import { checkHealth, HealthWatcher } from '@main/health/notifier';
import { createTranslator } from '@main/i18n/translator';
import { createInvoker } from '@main/ipc/invoke';
import { Session } from '@main/session';
import { silentLogger, tempDbFile } from '../support/temp-db';
import { noSecretStore } from '@main/core/secrets';
import { TEST_NOW, testClock } from '../support/clock';

// The notification decision across restarts: each "run" opens the same SQLite file anew, as
// the app does at start, and closes it, as the app does at quit.

const NOW = new Date(TEST_NOW);
const { t } = createTranslator('en');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function tempFile(): string {
  const temp = tempDbFile();
  cleanups.push(temp.cleanup);
  return temp.file;
}

/** Opens the file like a fresh start of the app; returns the db and a real invoker on it. */
function start(file: string) {
  const db = openDatabase(file, { now: testClock });
  cleanups.unshift(() => db.open && db.close());
  const context = {
    db,
    now: testClock,
    session: {} as HandlerContext['session'],
    secrets: noSecretStore,
    log: silentLogger,
  } satisfies HandlerContext;
  const invoker = createInvoker(createHandlers(context), silentLogger);
  const invoke = (channel: string, input: unknown) => {
    const result = invoker(channel, input) as { ok: boolean; value?: unknown; error?: unknown };
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as { id: number };
  };
  return { db, invoke };
}

function logProposals(invoke: ReturnType<typeof start>['invoke'], n: number): number[] {
  return Array.from(
    { length: n },
    (_, i) =>
      invoke('proposals:create', {
        jobTitle: `Job ${i}`,
        sentAt: new Date(NOW.getTime() - (i + 1) * 60_000).toISOString(),
      }).id,
  );
}

function recorder() {
  const sent: { title: string; body: string }[] = [];
  return { sent, notify: (title: string, body: string) => void sent.push({ title, body }) };
}

describe('health notifications', () => {
  it('notifies once when the level gets worse, and a restart never repeats it', () => {
    const file = tempFile();
    const inbox = recorder();

    // Run 1: a quiet start, then 30 proposals without a hire.
    let run = start(file);
    expect(checkHealth(run.db, NOW, inbox.notify, t)).toEqual({ level: 'ok', previous: null, notified: false });
    const ids = logProposals(run.invoke, 30);
    expect(checkHealth(run.db, NOW, inbox.notify, t)).toEqual({ level: 'at_risk', previous: 'ok', notified: true });
    expect(inbox.sent).toHaveLength(1);
    expect(inbox.sent[0]!.title).toMatch(/at risk/);
    expect(inbox.sent[0]!.body).toMatch(/Many proposals, few hires/);
    // Checked again with nothing changed: quiet.
    expect(checkHealth(run.db, NOW, inbox.notify, t).notified).toBe(false);
    run.db.close();

    // Run 2 (a restart): still at risk, already told.
    run = start(file);
    expect(checkHealth(run.db, NOW, inbox.notify, t)).toEqual({
      level: 'at_risk',
      previous: 'at_risk',
      notified: false,
    });
    // Getting better is not news.
    run.invoke('proposals:setStatus', { id: ids[0]!, status: 'hired' });
    expect(checkHealth(run.db, NOW, inbox.notify, t)).toEqual({ level: 'watch', previous: 'at_risk', notified: false });
    run.db.close();

    // Run 3: the hire was a mistake; deleting it makes things worse again: a new change, told once.
    run = start(file);
    const hired = run.db.prepare<[], { id: number }>("SELECT id FROM proposal_events WHERE status = 'hired'").get()!;
    run.invoke('proposals:deleteEvent', { eventId: hired.id });
    expect(checkHealth(run.db, NOW, inbox.notify, t)).toEqual({ level: 'at_risk', previous: 'watch', notified: true });
    run.db.close();
    run = start(file);
    expect(checkHealth(run.db, NOW, inbox.notify, t).notified).toBe(false);
    expect(inbox.sent).toHaveLength(2);
  });

  it('notifies when a database is first checked already at risk', () => {
    const file = tempFile();
    const seed = start(file);
    logProposals(seed.invoke, 30);
    seed.db.close();
    const inbox = recorder();
    const run = start(file);
    expect(checkHealth(run.db, NOW, inbox.notify, t)).toEqual({ level: 'at_risk', previous: null, notified: true });
  });

  it('stays silent with notifications turned off, and does not replay old news when they are turned back on', () => {
    const file = tempFile();
    const inbox = recorder();
    let run = start(file);
    run.invoke('settings:update', { healthNotifications: false });
    logProposals(run.invoke, 30);
    expect(checkHealth(run.db, NOW, inbox.notify, t)).toEqual({ level: 'at_risk', previous: null, notified: false });
    run.db.close();
    run = start(file);
    run.invoke('settings:update', { healthNotifications: true });
    expect(checkHealth(run.db, NOW, inbox.notify, t).notified).toBe(false);
    expect(inbox.sent).toEqual([]);
  });
});

describe('HealthWatcher', () => {
  it('checks after a call only when the database changed, and never for the sample database', () => {
    const file = tempFile();
    const { db, invoke } = start(file);
    const inbox = recorder();
    const watcher = new HealthWatcher({
      t,
      notify: inbox.notify,
      now: testClock,
      log: silentLogger,
    });
    expect(watcher.check(db)?.level).toBe('ok');
    expect(watcher.afterCall(db, 'own')).toBeNull(); // nothing changed since
    invoke('proposals:list', {});
    expect(watcher.afterCall(db, 'own')).toBeNull(); // a read changes nothing
    logProposals(invoke, 30);
    expect(watcher.afterCall(db, 'sample')).toBeNull();
    expect(watcher.afterCall(db, 'own')).toMatchObject({ level: 'at_risk', notified: true });
    expect(watcher.afterCall(db, 'own')).toBeNull();
    expect(inbox.sent).toHaveLength(1);
  });

  it('is told after every call through the session, and checks the database open at that moment', () => {
    const file = tempFile();
    const inbox = recorder();
    const watcher = new HealthWatcher({
      t,
      notify: inbox.notify,
      now: testClock,
      log: silentLogger,
    });
    const session = new Session({
      ownFile: file,
      sampleFile: `${file}.sample`,
      now: testClock,
      log: silentLogger,
      afterCall: (db, kind) => watcher.afterCall(db, kind),
    });
    cleanups.unshift(() => session.close());
    for (let i = 0; i < 30; i++)
      session.invoke('proposals:create', { jobTitle: `Job ${i}`, sentAt: NOW.toISOString() });
    // Told at the 20th (ok -> watch) and at the 30th (watch -> at risk), at no other call.
    expect(inbox.sent.map((n) => n.title)).toEqual([
      'Bidwell: your Upwork account health needs watching',
      'Bidwell: your Upwork account health is at risk',
    ]);
    // The sample database is a different file with made-up numbers: never an alarm.
    session.invoke('data:use', { kind: 'sample' });
    for (let i = 0; i < 30; i++)
      session.invoke('proposals:create', { jobTitle: `Sample ${i}`, sentAt: NOW.toISOString() });
    session.invoke('data:use', { kind: 'own' });
    session.invoke('proposals:create', { jobTitle: 'One more', sentAt: NOW.toISOString() });
    expect(inbox.sent).toHaveLength(2);
  });

  it('logs a failed check instead of failing the call that triggered it', () => {
    const errors: unknown[] = [];
    const watcher = new HealthWatcher({
      t,
      notify: () => {},
      now: testClock,
      log: { warn: () => {}, error: (m) => errors.push(m) },
    });
    const db = openDatabase(tempFile(), { now: testClock });
    db.exec('DROP TABLE health_notice');
    expect(watcher.check(db as Database)).toBeNull();
    db.close();
    expect(errors).toEqual(['Health check failed']);
  });
});
