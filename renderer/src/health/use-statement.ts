import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceValue, Statement } from '@shared/domain/health';
import { useFormat } from '../hooks/use-format';

/** "Nov 16, 2026" for a local calendar date; formatted in UTC so no zone can shift the day. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** Words a finding's statement: its values formatted for the user's locale, then put in the sentence. */
export function useStatement() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const value = useCallback(
    (v: EvidenceValue): string => {
      if ('count' in v) return format.number(v.count);
      if ('ratio' in v) return format.percent(v.ratio, 1);
      if ('cents' in v) return format.money(v.cents);
      if ('day' in v) return formatDay(v.day, i18n.language);
      return v.text;
    },
    [format, i18n.language],
  );
  return useCallback(
    (s: Statement) => t(`health.${s.key}`, Object.fromEntries(Object.entries(s.params).map(([k, v]) => [k, value(v)]))),
    [t, value],
  );
}
