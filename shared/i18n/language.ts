import type { LanguageSetting } from '../domain/settings';

/** The languages that have a catalogue (shared/i18n/catalogue-*.ts). */
export type UiLanguage = 'en' | 'zh-CN';

/** The language any missing text falls back to. */
export const FALLBACK_LANGUAGE = 'en';

/**
 * Simplified Chinese: the zh-CN tag, or any zh tag that names the Hans script (macOS says
 * "zh-Hans-CN") or Singapore. Traditional (zh-TW, zh-HK, zh-Hant-*) and a bare "zh" get English:
 * Simplified characters are no fallback for a Traditional reader, and English is what they get today.
 */
function isSimplifiedChinese(tag: string): boolean {
  try {
    const locale = new Intl.Locale(tag);
    if (locale.language !== 'zh') return false;
    if (locale.script) return locale.script === 'Hans';
    return locale.region === 'CN' || locale.region === 'SG';
  } catch {
    return false; // Not a language tag at all.
  }
}

/**
 * The language to show for the setting. "system" follows the computer's first preferred language
 * (main: app.getPreferredSystemLanguages(); renderer: navigator.languages), English when there is
 * no catalogue for it.
 */
export function resolveLanguage(setting: LanguageSetting, systemLanguages: readonly string[]): UiLanguage {
  if (setting !== 'system') return setting;
  const first = systemLanguages[0];
  return first && isSimplifiedChinese(first) ? 'zh-CN' : 'en';
}
