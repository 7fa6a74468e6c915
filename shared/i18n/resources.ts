import { en } from './catalogue-en';
import { zhCN } from './catalogue-zh-CN';

// The catalogues both processes read: main may translate its menu, notifications and dialogs with
// plain i18next and holds both; the renderer loads English and, only when it shows Chinese, the
// Chinese one (renderer/src/i18n/catalogues.ts). One catalogue per language, split by screen so
// translators and features touch separate files.
export { en, zhCN };
export { FALLBACK_LANGUAGE } from './language';

/** i18next's `resources`: 'zh-CN' as a whole, so 'zh-TW' falls back to English, not Simplified characters. */
export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } };
