import type { BackupInfo } from '@shared/domain/backup';

// Which automatic backups to keep: the newest of each of the last few days and of the last few
// weeks. Manual backups and the copies kept aside before a restore are never pruned: the user made
// them on purpose (or may need them to undo a restore).

export const KEEP_DAYS = 7;
export const KEEP_WEEKS = 5;
const DAY_MS = 86_400_000;

/** Monday-based week number since the epoch, in UTC (backups are files, not the user's calendar). */
function weekIndex(ms: number): number {
  return Math.floor((ms / DAY_MS + 3) / 7);
}

/** Names of the automatic backups that fall outside the rotation. */
export function backupsToPrune(backups: readonly BackupInfo[], now: Date): string[] {
  const autos = backups.filter((b) => b.reason === 'auto').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const days = new Set<number>();
  const weeks = new Set<number>();
  const today = Math.floor(now.getTime() / DAY_MS);
  const thisWeek = weekIndex(now.getTime());
  for (const backup of autos) {
    const ms = Date.parse(backup.createdAt);
    const day = Math.floor(ms / DAY_MS);
    const week = weekIndex(ms);
    if (today - day < KEEP_DAYS && !days.has(day)) {
      days.add(day);
      keep.add(backup.name);
    }
    if (thisWeek - week < KEEP_WEEKS && !weeks.has(week)) {
      weeks.add(week);
      keep.add(backup.name);
    }
  }
  // Whatever the clock says, the newest automatic backup stays.
  if (autos[0]) keep.add(autos[0].name);
  return autos.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
