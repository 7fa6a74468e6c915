import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './en/common.json';
import dashboard from './en/dashboard.json';
import health from './en/health.json';
import insights from './en/insights.json';
import money from './en/money.json';
import profiles from './en/profiles.json';
import proposals from './en/proposals.json';
import sample from './en/sample.json';
import settings from './en/settings.json';
import validation from './en/validation.json';

// One catalogue per language, split by screen so translators and features touch separate files.
export const en = { common, dashboard, health, insights, money, profiles, proposals, sample, settings, validation };

export async function initI18n(language: string, instance: i18n = i18next): Promise<i18n> {
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
  });
  return instance;
}
