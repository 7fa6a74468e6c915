import type { Database } from 'better-sqlite3';
import { rowsOf } from './db-snapshot';

/**
 * Every row of the tables imports and backups touch, to assert a refused call changed nothing
 * (global ids left out with `withoutGlobalIds`, as `snapshot` does).
 */
export function moneySnapshot(db: Database, options: { withoutGlobalIds?: boolean } = {}): Record<string, unknown[]> {
  const tables = [
    'proposals',
    'proposal_events',
    'proposal_skills',
    'contracts',
    'transactions',
    'connects_ledger',
    'profiles',
  ];
  return Object.fromEntries(tables.map((name) => [name, rowsOf(db, name, options.withoutGlobalIds ?? false)]));
}
