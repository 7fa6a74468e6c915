import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The user_version this migration brings the database to. */
  version: number;
  name: string;
  /** `now` stamps the rows a migration writes (created_at), so tests pin it like any other time. */
  up(db: Database, now: Date): void;
}
