import type { Database } from 'better-sqlite3';
import type { Clock } from '@shared/clock';
import type { DatabaseKind } from '@shared/domain/data';
import type { Logger } from './log';
import type { SecretStore } from './secrets';
import type { Desktop } from './desktop';

/** What the session lets handlers do to it (switch databases, restore a backup); an interface so tests can fake it. */
export interface SessionControl {
  readonly kind: DatabaseKind;
  useDatabase(kind: DatabaseKind): void;
  /** The user's own database file (backups live beside it). */
  readonly ownFile: string;
  /** The sample database's file. */
  readonly sampleFile: string;
  /** The system's file manager and the app's version. */
  readonly desktop: Desktop;
  replaceOwnDatabase(swap: (file: string) => void, undo: (file: string) => void): void;
}

/** What a domain service needs: the open database, and the clock, injected so tests can pin "now". */
export interface DomainContext {
  db: Database;
  now: Clock;
}

/** What every handler gets: a domain service's needs, and the session for the few that switch databases. */
export interface HandlerContext extends DomainContext {
  session: SessionControl;
  /** The system keychain (the sync password) and main's log. */
  secrets: SecretStore;
  log: Logger;
}
