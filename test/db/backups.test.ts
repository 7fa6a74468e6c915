import Sqlite from 'better-sqlite3';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo, BackupList, RestoreResult } from '@shared/domain/backup';
import { runAutomaticBackup } from '@main/backup/auto';
import { backupFileName } from '@main/backup/backups';
import { LATEST_VERSION } from '@main/db/migrations';
import { fixtureText } from '../support/fixtures';
import { moneySnapshot } from '../support/money-snapshot';
import { silentLogger, testApp } from '../support/temp-db';
import { value } from '../support/results';

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.cleanup());

/** The bytes of a SQLite database made with `sql` and stamped with `version`. */
function madeWith(sql: string, version: number) {
  return () => {
    const db = new Sqlite(':memory:');
    db.exec(sql);
    db.pragma(`user_version = ${version}`);
    const bytes = db.serialize();
    db.close();
    return bytes;
  };
}

function seed() {
  value(
    app.invoke('proposals:create', {
      jobTitle: 'Shopify speed audit',
      connectsSpent: 16,
      sentAt: '2026-11-02T09:00:00Z',
    }),
  );
  value(app.invoke('import:upworkCommit', { text: fixtureText('upwork/transactions-19col.csv') }));
  value(
    app.invoke('contracts:create', {
      clientName: 'Acme',
      title: 'Dashboard',
      contractType: 'hourly',
      startedAt: '2026-10-01T00:00:00Z',
    }),
  );
}

describe('backups with the SQLite backup API', () => {
  it('round-trips: restore brings back exactly the data of the backup, and keeps the current database aside', async () => {
    seed();
    const original = moneySnapshot(app.db);
    const backup = value<BackupInfo>(await app.invoke('backup:create', undefined));
    expect(backup).toMatchObject({
      reason: 'manual',
      name: expect.stringMatching(/^bidwell-2026-11-20T100000000Z-manual\.sqlite3$/),
    });

    // Change everything after the backup.
    value(app.invoke('proposals:create', { jobTitle: 'Written after the backup' }));
    app.db.prepare('DELETE FROM transactions WHERE kind = ?').run('hourly');
    const changed = moneySnapshot(app.db);
    expect(changed).not.toEqual(original);

    app.setNow('2026-11-21T08:00:00.000Z');
    const restored = value<RestoreResult>(app.invoke('backup:restore', { name: backup.name }));
    expect(moneySnapshot(app.db)).toEqual(original);
    expect(restored.keptAside.reason).toBe('before-restore');

    // The database kept aside is the changed one, whole: restoring it undoes the restore.
    value(app.invoke('backup:restore', { name: restored.keptAside.name }));
    expect(moneySnapshot(app.db)).toEqual(changed);
    // And the handlers write to the reopened file.
    value(app.invoke('proposals:create', { jobTitle: 'After two restores' }));
    expect(app.db.prepare('SELECT count(*) AS n FROM proposals').get()).toEqual({ n: 3 });
  });

  it('lists backups newest first with their reason and size', async () => {
    value(await app.invoke('backup:create', undefined));
    app.setNow('2026-11-20T11:00:00.000Z');
    value(await app.invoke('backup:create', undefined));
    const list = value<BackupList>(app.invoke('backup:list', undefined));
    expect(list.folder).toBe(join(app.file, '..', 'backups'));
    expect(list.backups.map((b) => b.createdAt)).toEqual(['2026-11-20T11:00:00.000Z', '2026-11-20T10:00:00.000Z']);
    expect(list.backups[0]!.sizeBytes).toBeGreaterThan(4096);
  });

  describe('a damaged backup is refused and the current database stays', () => {
    const damage: [string, (bytes: Buffer) => Buffer][] = [
      ['truncated', (b) => b.subarray(0, Math.floor(b.length / 2) + 100)],
      ['pages overwritten', (b) => Buffer.concat([b.subarray(0, 4096), Buffer.alloc(b.length - 4096, 0x41)])],
      ['not a database at all', () => Buffer.from('this is a text file, not SQLite')],
      ['empty', () => Buffer.alloc(0)],
      // Whole as files, with a proposals table and a version we read, but not Bidwell databases.
      [
        'an old version number and only a proposals table',
        madeWith('CREATE TABLE proposals (id INTEGER PRIMARY KEY)', 2),
      ],
      [
        'the current version number and tables missing',
        madeWith('CREATE TABLE proposals (id INTEGER PRIMARY KEY)', LATEST_VERSION),
      ],
    ];
    it.each(damage)('%s', async (_label, spoil) => {
      seed();
      const backup = value<BackupInfo>(await app.invoke('backup:create', undefined));
      const file = join(app.file, '..', 'backups', backup.name);
      writeFileSync(file, spoil(readFileSync(file)));
      value(app.invoke('proposals:create', { jobTitle: 'Newer than the backup' }));
      const before = moneySnapshot(app.db);
      const folderBefore = readdirSync(join(app.file, '..', 'backups')).sort();

      const result = app.invoke('backup:restore', { name: backup.name });
      expect(result).toMatchObject({
        ok: false,
        error: { fields: [{ path: 'name', key: 'validation.damagedBackup' }] },
      });
      expect(moneySnapshot(app.db)).toEqual(before);
      expect(readdirSync(join(app.file, '..', 'backups')).sort()).toEqual(folderBefore);
    });
  });

  it('refuses a name that is not one of ours, before touching the disk', () => {
    for (const name of ['../bidwell.sqlite3', '/etc/passwd', 'bidwell-2026-manual.sqlite3/../../x', '']) {
      expect(app.invoke('backup:restore', { name })).toMatchObject({
        ok: false,
        error: { key: 'errors.invalidInput' },
      });
    }
    expect(app.invoke('backup:restore', { name: backupFileName(app.clock(), 'manual') })).toMatchObject({
      ok: false,
      error: { fields: [{ key: 'validation.unknownBackup' }] },
    });
  });

  it('backs up automatically once a day and prunes outside the rotation', async () => {
    const host = { kind: 'own' as const, db: app.db, ownFile: app.file };
    const made: string[] = [];
    // Three weeks of app starts, twice a day.
    for (let day = 0; day < 21; day++) {
      for (const hour of [8, 20]) {
        const at = new Date(Date.UTC(2026, 10, 1 + day, hour));
        const backup = await runAutomaticBackup(host, at, silentLogger);
        if (backup) made.push(backup.createdAt);
      }
    }
    expect(made).toHaveLength(21); // One a day, not one per start.
    const left = value<BackupList>(app.invoke('backup:list', undefined)).backups.map((b) => b.createdAt.slice(0, 10));
    // The last 7 days, plus the newest of each older week still in the 5-week window.
    expect(left).toEqual([
      '2026-11-21',
      '2026-11-20',
      '2026-11-19',
      '2026-11-18',
      '2026-11-17',
      '2026-11-16',
      '2026-11-15',
      '2026-11-08',
      '2026-11-01',
    ]);
  });

  it('does not back up the sample database', async () => {
    value(app.invoke('data:use', { kind: 'sample' }));
    expect(app.invoke('backup:create', undefined)).toBeInstanceOf(Promise);
    const result = await app.invoke('backup:create', undefined);
    expect(result).toMatchObject({ ok: false, error: { fields: [{ key: 'validation.sampleOpen' }] } });
    expect(existsSync(join(app.file, '..', 'backups'))).toBe(false);
  });
});
