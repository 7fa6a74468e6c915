import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, resources } from '@shared/i18n/resources';

/** The shared catalogues (shared/i18n), bound to React. */
export async function initI18n(language: string, instance: i18n = i18next): Promise<i18n> {
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    // i18next tries 'zh-CN', then 'zh', then English, so a Traditional Chinese system ('zh-TW')
    // falls back to English rather than to Simplified characters.
    resources,
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
  });
  return instance;
}
