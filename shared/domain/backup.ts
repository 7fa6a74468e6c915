// Backups of the user's own database, kept in a folder beside it.

export const BACKUP_REASONS = ['auto', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** File name inside the backups folder: the only handle the renderer gets (never a path). */
  name: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

export interface BackupList {
  /** Where the backups are, to show the user (they may copy them elsewhere). */
  folder: string;
  backups: BackupInfo[];
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The database as it was just before the restore, kept as a backup. */
  keptAside: BackupInfo;
}
