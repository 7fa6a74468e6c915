// Failures of the disk or of the database file, not of the user's input nor of Bidwell's code.
// Each asks the user to do something different, so each has its own key (`errors.<problem>`) and
// SQLite's own English ("database or disk is full") never reaches the screen. SQLite writes in
// transactions, so in every one of these cases nothing of the failed call was saved.

export type StorageProblem = 'diskFull' | 'readOnly' | 'locked' | 'diskError' | 'damaged';

/** English text, for logs and the error's message; the window and main's dialogs show `common.errors.<problem>` from the catalogue. */
export const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  diskFull: 'The disk is full: nothing was saved. Free some space and try again.',
  readOnly:
    'Bidwell may not write to its data file (the file or its disk is read-only): nothing was saved. Check the permissions and try again.',
  locked:
    'Another program is holding Bidwell’s data file: nothing was saved. Close it (a sync or backup tool?) and try again.',
  diskError:
    'The disk could not be read or written: nothing was saved. Check that the drive is still connected and try again.',
  damaged: 'Bidwell’s data file is damaged: nothing was saved. Restore a backup from Import & backup.',
};

// better-sqlite3's SqliteError carries SQLite's extended result code (SQLITE_IOERR_WRITE,
// SQLITE_READONLY_DBMOVED...); Node's fs calls (backups, restore) carry an errno name.
const CODES: [RegExp, StorageProblem][] = [
  [/^(SQLITE_FULL|ENOSPC|EDQUOT)$/, 'diskFull'],
  [/^(SQLITE_READONLY(_\w+)?|EROFS|EACCES|EPERM)$/, 'readOnly'],
  [/^(SQLITE_BUSY(_\w+)?|SQLITE_LOCKED(_\w+)?|EBUSY)$/, 'locked'],
  [/^(SQLITE_CORRUPT(_\w+)?|SQLITE_NOTADB)$/, 'damaged'],
  [/^(SQLITE_IOERR(_\w+)?|EIO)$/, 'diskError'],
];

/** The storage problem behind a thrown error, or null when it is something else (a bug). */
export function storageProblem(error: unknown): StorageProblem | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  return CODES.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}
