import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '@shared/i18n/catalogue-en';
import { FALLBACK_LANGUAGE } from '@shared/i18n/language';
import { loadCatalogue } from './catalogues';

/** The shared catalogues (shared/i18n), bound to React: English, and the starting language's. */
export async function initI18n(language: string, instance: i18n = i18next): Promise<i18n> {
  const starting = await loadCatalogue(language);
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    // i18next tries 'zh-CN', then 'zh', then English, so a Traditional Chinese system ('zh-TW')
    // falls back to English rather than to Simplified characters.
    resources: { en: { translation: en }, ...(starting && { [language]: { translation: starting } }) },
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
  });
  return instance;
}
