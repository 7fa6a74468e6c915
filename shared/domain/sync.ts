// Sync through the team's PostgreSQL (docs/sync.md): what the Sync screen shows and sends.

export const SYNC_TLS = ['require', 'verify', 'off'] as const;
/** TLS: required (encrypted, certificate not checked; the default), required and verified, or off. */
export type SyncTls = (typeof SYNC_TLS)[number];

/** Why the last sync did not go through; the status line says it in words. Never the driver's message. */
export type SyncProblem = 'unreachable' | 'auth' | 'tls' | 'serverNewer' | 'notSetUp' | 'failed' | 'noPassword';

/** Where the team's server is; the password is kept apart, encrypted by the system. */
export interface SyncConnectionSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  tls: SyncTls;
  /** The name the team sees beside this computer's changes. */
  member: string;
}

export interface SyncView {
  /** Null until the user saves a connection (sync is off by default). */
  connection: SyncConnectionSettings | null;
  /** Whether a password is kept (never the password itself). */
  hasPassword: boolean;
  /** Whether this computer can keep a password encrypted (the system's keychain). */
  canKeepPassword: boolean;
  /** Joined to a team: changes are noted for the next push. */
  joined: boolean;
  lastSyncedAt: string | null;
  /** Changes made here the server does not have yet. */
  waiting: number;
  problem: SyncProblem | null;
  /** On "Sync now"'s answer only: how many changes from the team this sync applied here. */
  pulled?: number;
}
