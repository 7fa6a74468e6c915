import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/types';

export class FutureSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer version of Bidwell (schema ${found}; this version reads up to ${supported}). ` +
        'It was left untouched: update Bidwell to open it.',
    );
    this.name = 'FutureSchemaError';
  }
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertIncreasing(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    const previous = i === 0 ? 0 : list[i - 1]!.version;
    if (m.version !== previous + 1) {
      throw new Error(`Migration "${m.name}" has version ${m.version}; expected ${previous + 1}`);
    }
  });
}

/**
 * Applies every pending migration in one transaction that also sets user_version, so a crash
 * leaves the database at the old version, never half-migrated. Returns the versions applied.
 */
export function migrate(db: Database, list: readonly Migration[], now: Date): number[] {
  assertIncreasing(list);
  const latest = list.at(-1)?.version ?? 0;
  const current = userVersion(db);
  if (current > latest) throw new FutureSchemaError(current, latest);
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) m.up(db, now);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return pending.map((m) => m.version);
}
