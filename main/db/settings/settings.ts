import type { Database } from 'better-sqlite3';
import { DEFAULT_SETTINGS, type Settings } from '@shared/domain/settings';
import { prepared } from '../statements';

/** Stored values over the defaults; keys the code no longer knows are ignored. */
export function getSettings(db: Database): Settings {
  const rows = prepared<[], { key: string; value: string }>(db, 'SELECT key, value FROM settings').all();
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of rows) {
    if (Object.hasOwn(DEFAULT_SETTINGS, key)) {
      (settings as unknown as Record<string, unknown>)[key] = JSON.parse(value);
    }
  }
  return settings;
}

export function saveSettings(db: Database, patch: Partial<Settings>): void {
  const upsert = prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
}
