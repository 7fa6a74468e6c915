import type { Database, Statement } from 'better-sqlite3';

// Preparing a statement parses and plans its SQL (and its triggers' SQL) every time: on a hot path
// like logging a proposal that is most of the work. Statements are kept per connection; a closed
// connection's cache goes with it.
const caches = new WeakMap<Database, Map<string, Statement<unknown[], unknown>>>();

export function prepared<P extends unknown[] = unknown[], R = unknown>(db: Database, sql: string): Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement as unknown as Statement<P, R>;
}
