import type { Database } from 'better-sqlite3';

/** Every row of the tables imports and backups touch, to assert a refused call changed nothing. */
export function moneySnapshot(db: Database): Record<string, unknown[]> {
  const tables = [
    'proposals',
    'proposal_events',
    'proposal_skills',
    'contracts',
    'transactions',
    'connects_ledger',
    'profiles',
  ];
  return Object.fromEntries(tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}
