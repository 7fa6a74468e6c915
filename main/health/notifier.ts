import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { Clock } from '@shared/clock';
import type { HealthLevel } from '@shared/domain/health';
import { isWorse } from '@shared/health/levels';
import { lastCheckedLevel, saveCheckedLevel } from '../db/health/notice';
import { ChangeCounter } from '../db/change-counter';
import { getSettings } from '../db/settings/settings';
import type { Logger } from '../core/log';
import type { DatabaseKind } from '@shared/domain/data';
import { notificationText } from './notification-text';
import { healthStatus } from './report';

export type Notify = (title: string, body: string) => void;

export interface CheckResult {
  level: HealthLevel;
  previous: HealthLevel | null;
  notified: boolean;
}

/**
 * One check: notifies when the overall level is worse than the one stored at the last check,
 * then stores the new level. The level lives in the database, so a restart (or a second check
 * with nothing changed) finds it equal and stays quiet: one notification per change. A level
 * that got better is stored too, so getting worse again later is a new change and is told.
 * With notifications off the level is still stored: turning them back on does not replay old news.
 */
export function checkHealth(db: Database, now: Date, notify: Notify, t: TFunction): CheckResult {
  const status = healthStatus(db, now);
  const previous = lastCheckedLevel(db);
  const worse = isWorse(status.overall, previous ?? 'ok');
  if (status.overall !== previous) saveCheckedLevel(db, status.overall, now.toISOString());
  const notified = worse && getSettings(db).healthNotifications;
  if (notified) {
    const { title, body } = notificationText(status, t);
    notify(title, body);
  }
  return { level: status.overall, previous, notified };
}

export interface HealthWatcherOptions {
  notify: Notify;
  /** Main's translator (main/i18n): the notification speaks the language of the moment. */
  t: TFunction;
  now: Clock;
  log: Logger;
}

/**
 * Decides when to check: at start and daily (the shell calls `check`), and after any IPC call
 * that changed the database (`afterCall`), told by SQLite's total_changes() counter so no list
 * of "mutating channels" has to be kept in step with the contract. The sample database is
 * never watched: its made-up numbers must not raise a real alarm.
 */
export class HealthWatcher {
  readonly #seen = new ChangeCounter();

  constructor(private readonly options: HealthWatcherOptions) {}

  check(db: Database, kind: DatabaseKind = 'own'): CheckResult | null {
    if (kind === 'sample') return null;
    try {
      return checkHealth(db, this.options.now(), this.options.notify, this.options.t);
    } catch (error) {
      // A failed check must never fail the user's action that triggered it. When the level could
      // not be stored (a full disk), nothing was told either: the next check tells it, once.
      this.options.log.error('Health check failed', error);
      return null;
    } finally {
      // Remembered even after a failure, so a full disk is retried after the next change (or the
      // daily check), not on every call in between.
      if (db.open) this.#seen.remember(db);
    }
  }

  afterCall(db: Database, kind: DatabaseKind): CheckResult | null {
    if (!db.open) return null;
    if (!this.#seen.changedSince(db)) return null;
    return this.check(db, kind);
  }
}
