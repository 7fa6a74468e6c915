import type { i18n } from 'i18next';
import type { LanguageSetting } from '@shared/domain/settings';
import { resolveLanguage, type UiLanguage } from '@shared/i18n/language';
import { ensureCatalogue } from './catalogues';

/** The computer's languages as the browser reports them, preferred first. */
export const systemLanguages = (): readonly string[] => navigator.languages;

/**
 * Shows the UI in the setting's language at once (its catalogue fetched first if this window has
 * not shown it yet): every component re-renders through
 * react-i18next. `<html lang>` follows the text, because Chromium picks the glyph forms of Han
 * characters by it (under lang="en" Chinese is drawn with Japanese shapes: 门, 直, 骨).
 */
export async function applyLanguage(instance: i18n, setting: LanguageSetting): Promise<UiLanguage> {
  const language = resolveLanguage(setting, systemLanguages());
  await ensureCatalogue(instance, language);
  await instance.changeLanguage(language);
  document.documentElement.lang = language;
  return language;
}
