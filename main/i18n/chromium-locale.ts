import type { LanguageSetting } from '@shared/domain/settings';

/**
 * The locale Chromium is started in (Electron's --lang switch), from the stored setting. It
 * governs what Chromium draws itself, which the page's lang attribute does not reach: the
 * parts and pickers of date and time inputs ("09:00 AM" against "09:00"), the spelling
 * checker's menu, built-in error pages. It is read once, before the app is ready, so a new
 * choice in Settings reaches these at the next start (docs/i18n.md). null for "System":
 * Chromium then follows the computer's language, as it does by itself.
 */
export function chromiumLocale(setting: LanguageSetting | undefined): string | null {
  switch (setting) {
    case 'en':
      return 'en-US';
    case 'zh-CN':
      return 'zh-CN';
    default:
      return null;
  }
}
