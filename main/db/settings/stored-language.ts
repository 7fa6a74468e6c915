import Sqlite from 'better-sqlite3';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '@shared/domain/settings';
import { getSettings } from './settings';

/**
 * The language setting as stored, read before the app is ready (Chromium's UI locale is fixed
 * at start, main/i18n/chromium-locale.ts): read-only, nothing migrated or created. A database
 * that is missing, locked, older or unreadable gives undefined ("System"); opening it for real
 * afterwards is where such a problem is explained.
 */
export function readStoredLanguage(file: string, nativeBinding?: string): LanguageSetting | undefined {
  let db: Sqlite.Database | undefined;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const { language } = getSettings(db);
    return (LANGUAGE_SETTINGS as readonly string[]).includes(language) ? language : undefined;
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}
