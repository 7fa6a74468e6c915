import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readStoredLanguage } from '@main/db/settings/stored-language';
import { chromiumLocale } from '@main/i18n/chromium-locale';
import { LANGUAGE_SETTINGS } from '@shared/domain/settings';
import { tempDbFile, testApp } from '../support/temp-db';

// Chromium's own UI locale (date and time inputs) is set at start from the stored setting:
// which switch a setting gives, and reading the setting before the app is ready, on real files.

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('the --lang switch Chromium starts with', () => {
  it('is the chosen language, and none for System (Chromium follows the computer)', () => {
    expect(chromiumLocale('zh-CN')).toBe('zh-CN');
    expect(chromiumLocale('en')).toBe('en-US');
    expect(chromiumLocale('system')).toBeNull();
    expect(chromiumLocale(undefined)).toBeNull();
    // Every setting there is has an answer (a new language must be added here too).
    expect(LANGUAGE_SETTINGS.map((s) => typeof chromiumLocale(s))).not.toContain('undefined');
  });
});

describe('the language setting read before the app is ready', () => {
  it('reads what Settings saved, with the database still open elsewhere and after it closed', () => {
    const app = testApp();
    cleanups.push(app.cleanup);
    expect(readStoredLanguage(app.file)).toBe('system');
    app.invoke('settings:update', { language: 'zh-CN' });
    expect(readStoredLanguage(app.file)).toBe('zh-CN');
    app.session.close();
    expect(readStoredLanguage(app.file)).toBe('zh-CN');
  });

  it('gives undefined (System) for a missing file or one that is not a database, and creates nothing', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    expect(readStoredLanguage(temp.file)).toBeUndefined();
    expect(existsSync(temp.file)).toBe(false);
    expect(readStoredLanguage(join(temp.dir, 'nowhere', 'x.sqlite3'))).toBeUndefined();
    writeFileSync(temp.file, 'not a database');
    expect(readStoredLanguage(temp.file)).toBeUndefined();
  });
});
