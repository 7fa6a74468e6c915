import Sqlite, { type Database } from 'better-sqlite3';
import { migrate } from '../migrate';
import { migrations } from '../migrations';
import { prepared } from '../statements';

// A file can pass integrity_check, carry a Bidwell version number and a proposals table, and still
// not be a whole Bidwell database (cut short, or made by something else). Restoring it would
// swap it in and fail on reopen or on the next call; this finds out first, on a copy in memory.

/** Every "table.column" (views included) of a database. */
function columnsOf(db: Database): Set<string> {
  const rows = prepared<[], { name: string; column: string }>(
    db,
    `SELECT m.name AS name, c.name AS column FROM sqlite_master AS m, pragma_table_info(m.name) AS c
       WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%'`,
  ).all();
  return new Set(rows.map((r) => `${r.name}.${r.column}`));
}

let expected: Set<string> | undefined;

function expectedColumns(at: Date): Set<string> {
  if (!expected) {
    const fresh = new Sqlite(':memory:');
    migrate(fresh, migrations, at);
    expected = columnsOf(fresh);
    fresh.close();
  }
  return expected;
}

/**
 * Brings an in-memory copy of `backup` up to the current schema (migrations stamped `at`) and
 * names what it still lacks; null when nothing. A migration that fails on the copy throws, as it would on the real file.
 */
export function schemaShortfall(backup: Database, at: Date): string | null {
  const image = backup.serialize();
  // Bytes 18-19 of the header say "WAL" for a database kept aside by a restore; an in-memory
  // database cannot open in that mode, and the image holds every committed page anyway.
  image[18] = 1;
  image[19] = 1;
  const copy = new Sqlite(image);
  try {
    migrate(copy, migrations, at);
    const have = columnsOf(copy);
    const missing = [...expectedColumns(at)].filter((column) => !have.has(column));
    return missing.length > 0 ? `it lacks ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}` : null;
  } finally {
    copy.close();
  }
}
