import type { Database } from 'better-sqlite3';

/**
 * Makes the database file as good as on a full disk: SQLite refuses to grow it past its current
 * size plus `sparePages`, so the next write that needs a new page fails with SQLITE_FULL, the
 * very code a real full disk gives. The limit holds for this connection only: pass the one the
 * session uses. Returns a function that gives the room back (space freed).
 */
export function fillDisk(db: Database, sparePages = 0): () => void {
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages + sparePages}`);
  return () => void db.pragma('max_page_count = 4294967294');
}
