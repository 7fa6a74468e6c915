import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** BIDWELL_DB overrides where the database lives (tests, power users with a synced folder). */
export function databasePath(userDataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.BIDWELL_DB?.trim() || join(userDataDir, 'bidwell.sqlite3');
}

/**
 * better-sqlite3 compiled for Electron's ABI lives apart from the Node build the tests use
 * (scripts/electron-sqlite.mjs makes it), so neither build overwrites the other.
 */
export function electronSqliteBinding(appRoot: string, resourcesPath: string, packaged: boolean): string | undefined {
  const file = packaged
    ? join(resourcesPath, 'native', 'better_sqlite3.node')
    : join(appRoot, 'node_modules', '.bidwell-electron', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
