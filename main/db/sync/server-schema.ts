import type { ClientBase } from 'pg';

// The team's side of sync in PostgreSQL (docs/sync.md), versioned like the local database: each
// migration is one step, applied in order in one transaction, and a server whose schema is newer
// than this Bidwell knows is refused, not touched. Everything lives in the schema `bidwell` of the
// team's own database.

export const SERVER_SCHEMA = 'bidwell';

/** One row per synced row (key: table and global id): its latest state, or its tombstone. */
const serverMigrations: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE bidwell.meta (
        key   text PRIMARY KEY,
        value text NOT NULL
      );
      INSERT INTO bidwell.meta (key, value) VALUES ('server_id', gen_random_uuid()::text);

      -- The pull cursor: every accepted change takes the next number. Pushes take a lock for their
      -- transaction (see pushRows), so numbers become visible in order and a cursor never skips one.
      CREATE SEQUENCE bidwell.change_seq;

      CREATE TABLE bidwell.rows (
        tbl        text    NOT NULL,
        gid        text    NOT NULL,
        hlc        bigint  NOT NULL,
        device     text    NOT NULL,
        -- Who wrote it last, and who made it first (the team view counts a proposal for its maker).
        member     text    NOT NULL,
        created_by text    NOT NULL,
        deleted    boolean NOT NULL,
        data       jsonb,
        seq        bigint  NOT NULL,
        PRIMARY KEY (tbl, gid)
      );
      CREATE INDEX rows_tbl_seq ON bidwell.rows (tbl, seq);
      CREATE INDEX rows_seq ON bidwell.rows (seq);
    `,
  },
];

export const SERVER_VERSION = serverMigrations.at(-1)!.version;

/** The team's server was set up by a newer Bidwell: this one must not read or write it. */
export class ServerSchemaNewerError extends Error {
  constructor(readonly found: number) {
    super(`The team's server uses schema ${found}; this version of Bidwell reads up to ${SERVER_VERSION}.`);
    this.name = 'ServerSchemaNewerError';
  }
}

async function schemaVersion(client: ClientBase): Promise<number> {
  const exists = await client.query<{ found: boolean }>(`SELECT to_regclass('bidwell.meta') IS NOT NULL AS found`);
  if (!exists.rows[0]!.found) return 0;
  const row = await client.query<{ value: string }>(`SELECT value FROM bidwell.meta WHERE key = 'schema_version'`);
  return Number(row.rows[0]?.value ?? 0);
}

/**
 * Brings the team's schema up to date and returns the server's id. Needs the owner's login the
 * first time (CREATE on the database); a member's login, with the least privileges docs/sync.md
 * lists, finds it current and changes nothing.
 */
export async function migrateServer(client: ClientBase): Promise<string> {
  let found = await schemaVersion(client);
  if (found > SERVER_VERSION) throw new ServerSchemaNewerError(found);
  if (found < SERVER_VERSION) {
    await client.query('BEGIN');
    try {
      // Two computers setting up the same server at once: the second waits, then finds it done.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('bidwell:migrate'))`);
      found = await schemaVersion(client);
      if (found > SERVER_VERSION) throw new ServerSchemaNewerError(found);
      if (found === 0) await client.query(`CREATE SCHEMA IF NOT EXISTS bidwell`);
      for (const m of serverMigrations.filter((m) => m.version > found)) await client.query(m.sql);
      await client.query(
        `INSERT INTO bidwell.meta (key, value) VALUES ('schema_version', $1)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [String(SERVER_VERSION)],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
  const id = await client.query<{ value: string }>(`SELECT value FROM bidwell.meta WHERE key = 'server_id'`);
  return id.rows[0]!.value;
}
