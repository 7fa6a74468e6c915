import type { Database } from 'better-sqlite3';
import type { Clock } from '@shared/clock';
import type { DatabaseKind } from '@shared/domain/data';
import { foldWriteAheadLog, openDatabase, type OpenOptions } from './db/open';
import { fillSampleIfEmpty } from './db/data/sample-data';
import { getSettings, saveSettings } from './db/settings/settings';
import { stampOutbox } from './db/sync/outbox';
import { createHandlers } from './ipc/handlers';
import { closeTeamServer } from './sync/team-server';
import type { HandlerContext } from './core/handler-context';
import { createInvoker, type Invoke } from './ipc/invoke';
import type { Logger } from './core/log';
import { noSecretStore, type SecretStore } from './core/secrets';
import { headlessDesktop, type Desktop } from './core/desktop';

export interface SessionOptions {
  /** The user's own database. */
  ownFile: string;
  /** The "Try with sample data" database: a separate file, so the user's data is never touched. */
  sampleFile: string;
  openOptions?: Omit<OpenOptions, 'now' | 'log'>;
  /** Main passes the system clock; tests pin it. */
  now: Clock;
  log: Logger;
  /** The system keychain for the sync password; none by default (no password can be kept). */
  secrets?: SecretStore;
  /** Electron's app and shell in the app; a stand-in by default. */
  desktop?: Desktop;
  /** Called after every IPC call with the database open at that moment (the health watcher uses it). */
  afterCall?: (db: Database, kind: DatabaseKind) => void;
}

/**
 * The open database and the handler table bound to it. Switching to the sample database (or
 * reopening after a restore) closes one connection and builds the handlers anew on the other,
 * so no handler can ever write to a database the user did not choose.
 */
export class Session {
  #db: Database;
  #kind: DatabaseKind = 'own';
  #invoke: Invoke;

  constructor(private readonly options: SessionOptions) {
    this.#db = this.#open(options.ownFile);
    this.#invoke = this.#bind();
  }

  get db(): Database {
    return this.#db;
  }

  get kind(): DatabaseKind {
    return this.#kind;
  }

  get ownFile(): string {
    return this.options.ownFile;
  }

  get sampleFile(): string {
    return this.options.sampleFile;
  }

  get desktop(): Desktop {
    return this.options.desktop ?? headlessDesktop;
  }

  fileOf(kind: DatabaseKind): string {
    return kind === 'own' ? this.options.ownFile : this.options.sampleFile;
  }

  /** Stable function for ipcMain: always calls the handlers of the database open right now. */
  readonly invoke: Invoke = (channel, input) => {
    const result = this.#invoke(channel, input);
    const after = () => {
      this.#stampChanges();
      this.options.afterCall?.(this.#db, this.#kind);
    };
    // An async handler (a restore) has changed nothing yet when it returns: wait for it.
    if (result instanceof Promise) void result.then(after, after);
    else after();
    return result;
  };

  useDatabase(kind: DatabaseKind): void {
    if (kind === this.#kind) return;
    const next = this.#open(this.fileOf(kind));
    try {
      // A newcomer's first "Try with sample data" finds a year of generated proposals there.
      if (kind === 'sample') fillSampleIfEmpty(next, this.options.now());
      // The language is the reader's, not the data's: it goes along to the other database, so the
      // window, the menu and the notifications keep their language across the switch.
      const { language } = getSettings(this.#db);
      if (getSettings(next).language !== language) saveSettings(next, { language });
    } catch (error) {
      // A full disk, say: the generation rolled back; stay on the database that was open.
      next.close();
      throw error;
    }
    this.#db.close();
    this.#db = next;
    this.#kind = kind;
    this.#invoke = this.#bind();
  }

  /**
   * For a restore: closes the user's own database (its WAL folded in first, so the file alone is
   * the whole database), lets `swap` replace the file, and reopens it (migrating an older backup).
   * If anything fails, `undo` puts the old file back and that one is reopened.
   */
  replaceOwnDatabase(swap: (file: string) => void, undo: (file: string) => void): void {
    if (this.#kind !== 'own') throw new Error('The own database is not the one open');
    const file = this.options.ownFile;
    foldWriteAheadLog(this.#db);
    this.#db.close();
    try {
      swap(file);
      this.#db = this.#open(file);
    } catch (error) {
      undo(file);
      this.#db = this.#open(file);
      throw error;
    } finally {
      this.#invoke = this.#bind();
    }
  }

  close(): void {
    // The team's server connection, kept open between syncs, goes with its database.
    closeTeamServer(this.#db);
    if (this.#db.open) this.#db.close();
  }

  /**
   * Changes a call made wait for sync with the time they were made (docs/sync.md): the hybrid
   * clock is stamped now, not at the next push. Nothing waits unless the database joined a team.
   */
  #stampChanges(): void {
    try {
      if (this.#db.open) stampOutbox(this.#db, this.options.now().getTime());
    } catch (error) {
      // The call itself succeeded; the next push stamps what is left.
      this.options.log.warn('Could not stamp changes for sync', error);
    }
  }

  #open(file: string): Database {
    return openDatabase(file, { ...this.options.openOptions, now: this.options.now, log: this.options.log });
  }

  #bind(): Invoke {
    const context: HandlerContext = {
      db: this.#db,
      now: this.options.now,
      session: this,
      secrets: this.options.secrets ?? noSecretStore,
      log: this.options.log,
    };
    return createInvoker(createHandlers(context), this.options.log);
  }
}
