import type { Migration } from './types';

// The Sync screen's settings, kept with this computer's sync state (they never sync): where the
// team's server is (JSON: host, port, database, user, TLS, member name), the password encrypted
// by the system's keychain (never plain), and how the last sync went (a problem kind, or NULL).
export const syncSettings: Migration = {
  version: 10,
  name: 'sync connection, encrypted password, last sync problem',
  up(db) {
    db.exec(`
      ALTER TABLE sync_state ADD COLUMN connection TEXT;
      ALTER TABLE sync_state ADD COLUMN password BLOB;
      ALTER TABLE sync_state ADD COLUMN last_problem TEXT;
    `);
  },
};
