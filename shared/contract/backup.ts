import { z } from 'zod';
import type { BackupInfo, BackupList, RestoreResult } from '../domain/backup';
import { asyncChannel, channel } from './define';

/** Backup files are named by main; this keeps a crafted name from reaching outside the folder. */
export const backupName = z
  .string()
  .regex(/^bidwell-[0-9TZ-]+-(auto|manual|before-restore)\.sqlite3$/, 'validation.backupName');

export const backupChannels = {
  'backup:list': channel<BackupList>()(z.undefined()),
  /** Made with SQLite's online backup API while the app keeps working. */
  'backup:create': asyncChannel<BackupInfo>()(z.undefined()),
  /** Checks the backup (integrity_check), keeps the current database aside as a backup, then swaps it in. */
  'backup:restore': channel<RestoreResult>()(z.strictObject({ name: backupName })),
  /** Shows the backups folder in the system's file manager (made first if no backup exists yet). */
  'backup:openFolder': asyncChannel<{ folder: string }>()(z.undefined()),
};
