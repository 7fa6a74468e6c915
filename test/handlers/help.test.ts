import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headlessDesktop, type Desktop } from '@main/core/desktop';
import { Session } from '@main/session';
import { testClock } from '../support/clock';
import { silentLogger, tempDbFile } from '../support/temp-db';

// Help → About (the version and where the data lives) and "Open backups folder".

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function sessionWith(desktop: Omit<Desktop, 'saveWeekPdf'>) {
  const temp = tempDbFile();
  const session = new Session({
    ownFile: temp.file,
    sampleFile: join(temp.dir, 'sample.sqlite3'),
    now: testClock,
    log: silentLogger,
    desktop: { ...headlessDesktop, ...desktop },
  });
  cleanup = () => {
    session.close();
    temp.cleanup();
  };
  return { session, dir: temp.dir, file: temp.file };
}

describe('data:about', () => {
  it('tells the version, the files and which database is open', () => {
    const { session, dir, file } = sessionWith({ version: '1.2.3', openFolder: async () => {} });
    expect(session.invoke('data:about', undefined)).toEqual({
      ok: true,
      value: {
        version: '1.2.3',
        ownFile: file,
        sampleFile: join(dir, 'sample.sqlite3'),
        backupsFolder: join(dir, 'backups'),
        open: 'own',
      },
    });
  });
});

describe('backup:openFolder', () => {
  it('makes the backups folder if there is none yet and shows it', async () => {
    const opened: string[] = [];
    const { session, dir } = sessionWith({ version: '1', openFolder: async (path) => void opened.push(path) });
    await expect(session.invoke('backup:openFolder', undefined)).resolves.toEqual({
      ok: true,
      value: { folder: join(dir, 'backups') },
    });
    expect(opened).toEqual([join(dir, 'backups')]);
    expect(existsSync(join(dir, 'backups'))).toBe(true);
  });

  it('says where the folder is when the file manager cannot open it', async () => {
    const { session, dir } = sessionWith({ version: '1', openFolder: () => Promise.reject(new Error('no desktop')) });
    await expect(session.invoke('backup:openFolder', undefined)).resolves.toMatchObject({
      ok: false,
      error: { fields: [{ key: 'validation.folderNotOpened', params: { folder: join(dir, 'backups') } }] },
    });
  });
});
