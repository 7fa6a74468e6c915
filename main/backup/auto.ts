import type { Database } from 'better-sqlite3';
import type { Clock } from '@shared/clock';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '@shared/domain/backup';
import type { DatabaseKind } from '@shared/domain/data';
import type { Logger } from '../core/log';
import { createBackup, listBackups } from './backups';
import { backupsToPrune } from './rotation';

// The automatic, rotating backup: at start-up and then every few hours main calls this; it backs
// up when the newest automatic backup is older than a day, then prunes outside the rotation.

const DAY_MS = 86_400_000;
export const CHECK_EVERY_MS = 3 * 60 * 60 * 1000;

export interface AutoBackupHost {
  readonly kind: DatabaseKind;
  readonly db: Database;
  readonly ownFile: string;
}

export async function runAutomaticBackup(host: AutoBackupHost, now: Date, log: Logger): Promise<BackupInfo | null> {
  // With the sample data open the own database is closed and unchanged: nothing new to save.
  if (host.kind !== 'own') return null;
  const { folder, backups } = listBackups(host.ownFile);
  const newest = backups.find((b) => b.reason === 'auto');
  let made: BackupInfo | null = null;
  if (!newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS) {
    made = await createBackup(host.db, host.ownFile, 'auto', now);
  }
  const all = made ? [made, ...backups] : backups;
  for (const name of backupsToPrune(all, now)) {
    try {
      rmSync(join(folder, name), { force: true });
    } catch (error) {
      log.warn(`Could not delete old backup ${name}`, error);
    }
  }
  return made;
}

/** Starts the schedule; returns a stop function. */
export function scheduleAutomaticBackups(host: AutoBackupHost, log: Logger, now: Clock): () => void {
  const run = () => {
    runAutomaticBackup(host, now(), log).catch((error: unknown) => log.error('Automatic backup failed', error));
  };
  run();
  const timer = setInterval(run, CHECK_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}
