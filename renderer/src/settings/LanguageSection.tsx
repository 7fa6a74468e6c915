import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageSetting } from '@shared/domain/settings';
import { resolveLanguage, type UiLanguage } from '@shared/i18n/language';
import { call } from '../api';
import { applyLanguage, systemLanguages } from '../i18n/apply-language';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toast';

// Each language is named in itself, in every language: someone facing a UI they cannot read
// still finds their own. So these two names are not in the catalogues.
const AUTONYMS: Record<UiLanguage, string> = { en: 'English', 'zh-CN': '简体中文' };

/**
 * The language setting, apart from the Save button of the rest: choosing a language saves it
 * and applies it at once, here and in main (menu, notifications), without a restart.
 */
export function LanguageSection({ initial }: { initial: LanguageSetting }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<{ key: string; params: Record<string, string | number> }>();

  async function choose(next: LanguageSetting) {
    setValue(next);
    const result = await call('settings:update', { language: next });
    if (!result.ok) {
      const field = result.error.fields[0];
      return setError(field ?? { key: `common.${result.error.key}`, params: {} });
    }
    setError(undefined);
    await applyLanguage(i18n, next);
    // Said in the new language: `t` of this render is still bound to the old one.
    toast.show({ text: i18n.t('language.saved') });
  }

  return (
    <fieldset className="panel">
      <legend>{t('language.title')}</legend>
      <Field label={t('language.label')} error={error} hint={t('language.hint')}>
        <select value={value} onChange={(e) => void choose(e.target.value as LanguageSetting)}>
          <option value="system">
            {t('language.system', { language: AUTONYMS[resolveLanguage('system', systemLanguages())] })}
          </option>
          {(Object.keys(AUTONYMS) as UiLanguage[]).map((language) => (
            <option key={language} value={language} lang={language}>
              {AUTONYMS[language]}
            </option>
          ))}
        </select>
      </Field>
    </fieldset>
  );
}
