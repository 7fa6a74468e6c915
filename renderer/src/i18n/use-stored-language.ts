import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLanguage } from '@shared/i18n/language';
import { call } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { applyLanguage, systemLanguages } from './apply-language';

/**
 * Keeps the window in the stored language when the data changes under it: a restored backup
 * carries its own language setting, and the window shows it at once instead of at the next
 * start (Settings applies a choice itself; this catches every other way the setting changes).
 */
export function useStoredLanguage(): void {
  const { version } = useDataVersion();
  const { i18n } = useTranslation();
  useEffect(() => {
    let current = true;
    void call('settings:get').then((result) => {
      if (!current || !result.ok) return;
      const { language } = result.value;
      if (resolveLanguage(language, systemLanguages()) !== i18n.language) void applyLanguage(i18n, language);
    });
    return () => {
      current = false;
    };
  }, [version, i18n]);
}
