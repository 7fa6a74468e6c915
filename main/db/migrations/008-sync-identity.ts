import { installSync, uuid7Sql } from '../sync/capture';
import type { Migration } from './types';

// Sync's groundwork (docs/sync.md): a global id on every synced row (UUID v7, backfilled), the
// outbox and its triggers, and this database's sync state. Capture stays off until the database
// joins a team, so a computer that never syncs pays only for the ids.
export const syncIdentity: Migration = {
  version: 8,
  name: 'global ids, sync outbox and capture triggers',
  up(db, now) {
    db.exec(`
      -- One row. capturing: joined to a team (the triggers fill the outbox). server_id: which team
      -- server this database has sent everything to. cursor: the server's change sequence pulled up
      -- to. hlc: the hybrid logical clock's last value (milliseconds * 1024 + a counter). device_id:
      -- this installation, stamped on each change it makes (a UUID v7 made once, here).
      CREATE TABLE sync_state (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        device_id      TEXT NOT NULL,
        capturing      INTEGER NOT NULL DEFAULT 0 CHECK (capturing IN (0, 1)),
        server_id      TEXT,
        cursor         INTEGER NOT NULL DEFAULT 0,
        hlc            INTEGER NOT NULL DEFAULT 0,
        last_synced_at TEXT
      ) STRICT;
      INSERT INTO sync_state (id, device_id) VALUES (1, ${uuid7Sql(String(now.getTime()))});

      -- Rows changed since the last push, one entry per row however often it changed. hlc and
      -- device are put on right after the change (NULL until then); a change to a row already
      -- waiting clears them, so the stamp is always the latest change's.
      CREATE TABLE sync_outbox (
        id     INTEGER PRIMARY KEY,
        tbl    TEXT NOT NULL,
        gid    TEXT NOT NULL,
        hlc    INTEGER,
        device TEXT,
        UNIQUE (tbl, gid)
      ) STRICT;
      CREATE INDEX sync_outbox_unstamped ON sync_outbox (id) WHERE hlc IS NULL;
    `);
    installSync(db);
  },
};
