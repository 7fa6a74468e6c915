import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scheduleAutomaticBackups } from '@main/backup/auto';
import { backupFileName, backupFolder } from '@main/backup/backups';
import type { BackupReason } from '@shared/domain/backup';
import { lastCheckedLevel } from '@main/db/health/notice';
import { HealthWatcher } from '@main/health/notifier';
import { createTranslator } from '@main/i18n/translator';
import type { Logger } from '@main/core/log';
import { fillDisk } from '../support/full-disk';
import { value } from '../support/results';
import { testApp } from '../support/temp-db';

// A full disk met by what writes outside the user's calls: the automatic backup and the health
// notifier storing the level it last saw. Each logs, throws nowhere, and leaves the database whole.

const NOW = '2026-11-20T10:00:00.000Z';

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp(NOW);
});
afterEach(() => app.cleanup());

function errorLog() {
  const errors: string[] = [];
  const log: Logger = { warn: () => {}, error: (message) => void errors.push(message) };
  return { errors, log };
}

/**
 * Points the file a backup made now is first written to at /dev/full, where every write fails
 * with ENOSPC: a real full disk under SQLite's backup API, without filling one (Linux).
 */
function backupOnFullDisk(reason: BackupReason): string {
  const folder = backupFolder(app.file);
  mkdirSync(folder, { recursive: true });
  symlinkSync('/dev/full', join(folder, `${backupFileName(new Date(NOW), reason)}.partial`));
  return folder;
}

describe('a full disk outside the user’s calls', () => {
  it('fails the automatic backup with a log line, leaving no half-written backup and the database usable', async () => {
    value(app.invoke('proposals:create', { jobTitle: 'Kept' }));
    const folder = backupOnFullDisk('auto');
    const { errors, log } = errorLog();

    const stop = scheduleAutomaticBackups(app.session, log, () => new Date(NOW));
    await expect.poll(() => errors).toEqual(['Automatic backup failed']);
    stop();

    expect(readdirSync(folder)).toEqual([]);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
    value(app.invoke('proposals:create', { jobTitle: 'Still saves' }));
  });

  it('refuses a backup made by hand with the disk-full message', async () => {
    const folder = backupOnFullDisk('manual');
    expect(await app.invoke('backup:create', undefined)).toMatchObject({
      ok: false,
      error: { key: 'errors.diskFull', fields: [] },
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('postpones a health notification it cannot record, and tells it once when there is room again', () => {
    for (let i = 0; i < 30; i++) value(app.invoke('proposals:create', { jobTitle: `Job ${i}` }));
    const sent: string[] = [];
    const { errors, log } = errorLog();
    const watcher = new HealthWatcher({
      notify: (title) => void sent.push(title),
      t: createTranslator('en').t,
      now: () => new Date(NOW),
      log,
    });

    const freeSpace = fillDisk(app.db);
    // The stored level is one small row that always fits its page; a trigger makes storing it
    // need a new page, which the full database cannot give: SQLITE_FULL from the notifier's write.
    app.db.exec(`CREATE TEMP TRIGGER needs_room BEFORE INSERT ON main.health_notice
                 BEGIN INSERT INTO profiles (name, created_at) VALUES (hex(randomblob(3000)), 'x'); END`);

    expect(watcher.check(app.db)).toBeNull();
    expect(errors).toEqual(['Health check failed']);
    expect(sent).toEqual([]);
    expect(lastCheckedLevel(app.db)).toBeNull();
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Nothing changed since: the failed check is not retried after every call.
    expect(watcher.afterCall(app.db, 'own')).toBeNull();
    expect(errors).toHaveLength(1);

    app.db.exec('DROP TRIGGER needs_room');
    freeSpace();
    value(app.invoke('proposals:create', { jobTitle: 'One more' }));
    expect(watcher.afterCall(app.db, 'own')).toMatchObject({ level: 'at_risk', previous: null, notified: true });
    expect(sent).toEqual(['Bidwell: your Upwork account health is at risk']);
    expect(lastCheckedLevel(app.db)).toBe('at_risk');
  });
});
