import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STORAGE_MESSAGES, storageProblem, type StorageProblem } from '@main/ipc/storage-errors';

// Which thrown errors are the disk's or the file's (the user can act) and which are bugs.

const CASES: [string, StorageProblem | null][] = [
  ['SQLITE_FULL', 'diskFull'],
  ['ENOSPC', 'diskFull'],
  ['EDQUOT', 'diskFull'],
  ['SQLITE_READONLY', 'readOnly'],
  ['SQLITE_READONLY_DBMOVED', 'readOnly'],
  ['EROFS', 'readOnly'],
  ['EACCES', 'readOnly'],
  ['SQLITE_BUSY', 'locked'],
  ['SQLITE_BUSY_SNAPSHOT', 'locked'],
  ['SQLITE_LOCKED_SHAREDCACHE', 'locked'],
  ['SQLITE_IOERR_WRITE', 'diskError'],
  ['SQLITE_IOERR', 'diskError'],
  ['EIO', 'diskError'],
  ['SQLITE_CORRUPT', 'damaged'],
  ['SQLITE_CORRUPT_INDEX', 'damaged'],
  ['SQLITE_NOTADB', 'damaged'],
  // Bugs, not the disk: they stay errors.unexpected.
  ['SQLITE_CONSTRAINT_FOREIGNKEY', null],
  ['SQLITE_ERROR', null],
  ['SQLITE_FULLNESS', null],
  ['XSQLITE_FULL', null],
  ['ENOENT', null],
];

describe('storageProblem', () => {
  it.each(CASES)('%s -> %s', (code, problem) => {
    expect(storageProblem(Object.assign(new Error('x'), { code }))).toBe(problem);
  });

  it('ignores what carries no code', () => {
    for (const thrown of [new TypeError('x'), null, undefined, 'SQLITE_FULL', { code: 13 }]) {
      expect(storageProblem(thrown)).toBeNull();
    }
  });

  it('gives each problem the words of the English catalogue', () => {
    const common = JSON.parse(readFileSync('shared/i18n/en/common.json', 'utf8')) as {
      errors: Record<string, string>;
    };
    for (const [problem, message] of Object.entries(STORAGE_MESSAGES)) {
      expect(common.errors[problem]).toBe(message);
    }
  });
});
