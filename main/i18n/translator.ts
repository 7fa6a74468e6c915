import i18next, { type i18n } from 'i18next';
import type { Database } from 'better-sqlite3';
import type { LanguageSetting } from '@shared/domain/settings';
import { resolveLanguage, type UiLanguage } from '@shared/i18n/language';
import { FALLBACK_LANGUAGE, resources } from '@shared/i18n/resources';
import { ChangeCounter } from '../db/change-counter';
import { getSettings } from '../db/settings/settings';

/** Main's own i18next (no React), on the very catalogues the renderer reads. */
export function createTranslator(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  // Synchronous: the catalogues are bundled, and the menu is built right after.
  void instance.init({ lng: language, fallbackLng: FALLBACK_LANGUAGE, resources, initAsync: false });
  return instance;
}

/**
 * Keeps main's language on the stored setting: the menu, notifications and dialogs speak the
 * language the window does. `follow` is called after every IPC call (the Settings screen saves
 * the language through one) and tells the shell when the language changed, to rebuild the menu.
 */
export class MainLanguage {
  readonly i18n: i18n;
  #setting: LanguageSetting = 'system';
  readonly #seen = new ChangeCounter();

  constructor(
    private readonly systemLanguages: () => readonly string[],
    private readonly onChange: () => void,
  ) {
    this.i18n = createTranslator(resolveLanguage('system', systemLanguages()));
  }

  follow(db: Database): void {
    // Only after a call that wrote (or on another database): a read cannot have changed the setting.
    if (!this.#seen.changedSince(db)) return;
    this.#seen.remember(db);
    const setting = getSettings(db).language;
    if (setting === this.#setting) return;
    this.#setting = setting;
    const language = resolveLanguage(setting, this.systemLanguages());
    if (language === this.i18n.language) return;
    // The catalogues are in memory: the switch happens before changeLanguage returns, so the
    // menu rebuilt next and a notification raised right after are in the new language.
    void this.i18n.changeLanguage(language);
    this.onChange();
  }
}
