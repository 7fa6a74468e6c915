import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { FutureSchemaError, migrate, userVersion } from '@main/db/migrate';
import { LATEST_VERSION, migrations } from '@main/db/migrations';
import type { Migration } from '@main/db/migrations/types';
import { openDatabase } from '@main/db/open';
import { tempDbFile } from '../support/temp-db';
import { TEST_NOW, testClock } from '../support/clock';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function temp() {
  const t = tempDbFile();
  cleanups.push(t.cleanup);
  return t;
}

describe('openDatabase', () => {
  it('creates a database at the latest version with every pragma set', () => {
    const { file } = temp();
    const db = openDatabase(file, { now: testClock });
    cleanups.unshift(() => db.close());
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    // A default profile exists so the first proposal has somewhere to go, stamped by the clock given.
    expect(db.prepare('SELECT name, created_at AS createdAt FROM profiles').all()).toEqual([
      { name: 'General', createdAt: TEST_NOW },
    ]);
  });

  it('reopens an existing database without re-running migrations', () => {
    const { file } = temp();
    openDatabase(file, { now: testClock }).close();
    const db = openDatabase(file, { now: testClock });
    cleanups.unshift(() => db.close());
    expect(db.prepare('SELECT count(*) AS n FROM profiles').get()).toEqual({ n: 1 });
  });

  it('refuses a database from a newer Bidwell and leaves its bytes untouched', () => {
    const { file } = temp();
    const future = new Sqlite(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${LATEST_VERSION + 1}`);
    future.close();
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');

    expect(() => openDatabase(file, { now: testClock })).toThrow(FutureSchemaError);
    expect(() => openDatabase(file, { now: testClock })).toThrow(/newer version of Bidwell/);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });
});

describe('migrate', () => {
  it('lists versions 1, 2, 3… with no gap', () => {
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
  });

  it('refuses a list out of order', () => {
    const db = new Sqlite(':memory:');
    const bad: Migration[] = [
      { version: 1, name: 'a', up: () => {} },
      { version: 3, name: 'c', up: () => {} },
    ];
    expect(() => migrate(db, bad, testClock())).toThrow(/expected 2/);
  });

  it('applies pending migrations in one transaction: a failure leaves the old version and no half-made tables', () => {
    const { file } = temp();
    const db = new Sqlite(file);
    cleanups.unshift(() => db.close());
    const list: Migration[] = [
      { version: 1, name: 'ok', up: (d) => d.exec('CREATE TABLE a (x)') },
      {
        version: 2,
        name: 'fails',
        up: (d) => {
          d.exec('CREATE TABLE b (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, list, testClock())).toThrow('boom');
    expect(userVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([]);
  });

  it('brings a database at an older version up, keeping its rows', () => {
    const { file } = temp();
    const old = openDatabase(file, { migrations: migrations.slice(0, 1), now: testClock });
    old
      .prepare(
        "INSERT INTO profiles (name, kind, created_at) VALUES ('Design', 'specialized', '2026-01-01T00:00:00.000Z')",
      )
      .run();
    old.close();
    const db = openDatabase(file, { now: testClock });
    cleanups.unshift(() => db.close());
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT name FROM profiles ORDER BY id').all()).toEqual([
      { name: 'General' },
      { name: 'Design' },
    ]);
  });
});

describe('migration 1 (initial schema)', () => {
  it('enforces its checks and cascades at the database level', () => {
    const { file } = temp();
    const db = openDatabase(file, { migrations: migrations.slice(0, 1), now: testClock });
    cleanups.unshift(() => db.close());
    const now = '2026-11-20T10:00:00.000Z';
    const insert = db.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, job_type, connects_spent, status_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    expect(() => insert.run(1, now, 'x', 'salary', 0, now, now, now)).toThrow(/CHECK/);
    expect(() => insert.run(1, now, 'x', 'hourly', -5, now, now, now)).toThrow(/CHECK/);
    expect(() => insert.run(999, now, 'x', 'hourly', 0, now, now, now)).toThrow(/FOREIGN KEY/);
    const id = insert.run(1, now, 'x', 'hourly', 6, now, now, now).lastInsertRowid;
    db.prepare(
      "INSERT INTO proposal_events (proposal_id, status, occurred_at, recorded_at) VALUES (?, 'sent', ?, ?)",
    ).run(id, now, now);
    db.prepare('INSERT INTO proposal_skills (proposal_id, position, skill) VALUES (?, 0, ?)').run(id, 'React');
    db.prepare('DELETE FROM proposals WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM proposal_events').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM proposal_skills').get()).toEqual({ n: 0 });
  });
});
