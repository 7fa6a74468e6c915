import type { Database } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  BACKUP_REASONS,
  type BackupInfo,
  type BackupList,
  type BackupReason,
  type RestoreResult,
} from '@shared/domain/backup';
import { backupFileProblem, copyOpenDatabase } from '../db/backup/files';
import { InputError } from '../core/errors';
import type { DatabaseKind } from '@shared/domain/data';
import type { Desktop } from '../core/desktop';

// Backups of the user's own database with SQLite's online backup API, into a "backups" folder
// beside it; restore after integrity_check, keeping the current database aside first.

/** What backups need from the session: the open database, its file, and a way to swap that file. */
export interface BackupHost {
  readonly kind: DatabaseKind;
  readonly ownFile: string;
  /** Closes the own database, runs `swap`, reopens; on failure runs `undo` and reopens the old one. */
  replaceOwnDatabase(swap: (file: string) => void, undo: (file: string) => void): void;
}

const NAME = /^bidwell-(\d{4}-\d{2}-\d{2}T\d{9}Z)-(auto|manual|before-restore)\.sqlite3$/;

export function backupFolder(ownFile: string): string {
  return join(dirname(ownFile), 'backups');
}

/** "2026-11-22T01:45:52.123Z" -> "bidwell-2026-11-22T014552123Z-auto.sqlite3": sortable, no path characters. */
export function backupFileName(at: Date, reason: BackupReason): string {
  return `bidwell-${at.toISOString().replace(/[:.]/g, '')}-${reason}.sqlite3`;
}

function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const s = match[1]!;
  const createdAt = `${s.slice(0, 13)}:${s.slice(13, 15)}:${s.slice(15, 17)}.${s.slice(17, 20)}Z`;
  const reason = match[2] as BackupReason;
  return Number.isNaN(Date.parse(createdAt)) || !BACKUP_REASONS.includes(reason) ? null : { createdAt, reason };
}

export function listBackups(ownFile: string): BackupList {
  const folder = backupFolder(ownFile);
  const backups: BackupInfo[] = [];
  if (existsSync(folder)) {
    for (const name of readdirSync(folder)) {
      const parsed = parseName(name);
      if (parsed) backups.push({ name, ...parsed, sizeBytes: statSync(join(folder, name)).size });
    }
  }
  backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { folder, backups };
}

/** The name for a backup made at `at`, a millisecond later per clash: two backups never share a file. */
function freeName(folder: string, at: Date, reason: BackupReason): string {
  let stamp = at.getTime();
  while (existsSync(join(folder, backupFileName(new Date(stamp), reason)))) stamp++;
  return backupFileName(new Date(stamp), reason);
}

function infoOf(file: string, name: string): BackupInfo {
  return { name, ...parseName(name)!, sizeBytes: statSync(file).size };
}

/** Backs up the open database, into a temporary name first so a half-written file never looks like a backup. */
export async function createBackup(db: Database, ownFile: string, reason: BackupReason, at: Date): Promise<BackupInfo> {
  const folder = backupFolder(ownFile);
  mkdirSync(folder, { recursive: true });
  const name = freeName(folder, at, reason);
  const file = join(folder, name);
  const partial = `${file}.partial`;
  try {
    await copyOpenDatabase(db, partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return infoOf(file, name);
}

/** "Open backups folder": the folder is made first, so it opens even before the first backup. */
export async function openBackupsFolder(host: { ownFile: string; desktop: Desktop }): Promise<{ folder: string }> {
  const folder = backupFolder(host.ownFile);
  mkdirSync(folder, { recursive: true });
  try {
    await host.desktop.openFolder(folder);
  } catch (error) {
    throw InputError.field('', 'validation.folderNotOpened', `Could not open ${folder}: ${(error as Error).message}`, {
      folder,
    });
  }
  return { folder };
}

/** The "Back up now" button: only the user's own data is backed up (the sample is made up). */
export async function createManualBackup(host: BackupHost, db: Database, at: Date): Promise<BackupInfo> {
  if (host.kind !== 'own') {
    throw InputError.field('', 'validation.sampleOpen', 'Switch back to your own data to back it up');
  }
  return createBackup(db, host.ownFile, 'manual', at);
}

/** Refuses a backup unless integrity_check says "ok" and it is a whole Bidwell database we can read. */
export function verifyBackup(file: string, at: Date): void {
  const why = backupFileProblem(file, at);
  if (why !== null) {
    throw InputError.field('name', 'validation.damagedBackup', `This backup cannot be restored: ${why}`, {
      reason: why,
    });
  }
}

function removeSidecars(file: string): void {
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
}

/**
 * Restores a backup over the user's own database. The current file is moved (not copied) into
 * the backups folder first, so it is kept whole and restoring it again undoes this restore.
 */
export function restoreBackup(host: BackupHost, name: string, at: Date): RestoreResult {
  if (host.kind !== 'own') {
    throw InputError.field('name', 'validation.sampleOpen', 'Switch back to your own data before restoring');
  }
  const list = listBackups(host.ownFile);
  const backup = list.backups.find((b) => b.name === name);
  if (!backup) throw InputError.field('name', 'validation.unknownBackup', 'That backup is no longer there');
  const source = join(list.folder, name);
  verifyBackup(source, at);

  const asideName = freeName(list.folder, at, 'before-restore');
  const aside = join(list.folder, asideName);
  host.replaceOwnDatabase(
    (file) => {
      renameSync(file, aside);
      removeSidecars(file);
      copyFileSync(source, file);
    },
    (file) => {
      rmSync(file, { force: true });
      removeSidecars(file);
      if (existsSync(aside)) renameSync(aside, file);
    },
  );
  return { restored: backup, keptAside: infoOf(aside, asideName) };
}
