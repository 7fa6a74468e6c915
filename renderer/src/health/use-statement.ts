import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '@shared/domain/health';
import { useFormat } from '../hooks/use-format';

/** "Nov 16, 2026" for a local calendar date; formatted in UTC so no zone can shift the day. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * Words a statement (a finding's, under "health.", or a forecast's, under "forecast."): its values
 * formatted for the user's locale, then put in the sentence. A value that is a statement itself
 * (a forecast's pace) is worded first. A `count` picks i18next's plural form, so the sentence
 * gets the number as `count` and shows it formatted as `formatted`.
 */
export function useStatement(namespace: 'health' | 'forecast' = 'health') {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return useCallback(
    function say(s: Statement): string {
      const params = Object.fromEntries(
        Object.entries(s.params).map(([name, v]) => {
          if ('count' in v) return [name, format.number(v.count)];
          if ('ratio' in v) return [name, format.percent(v.ratio, 1)];
          if ('cents' in v) return [name, format.money(v.cents)];
          if ('day' in v) return [name, formatDay(v.day, i18n.language)];
          if ('level' in v) return [name, t(`health.levels.${v.level}`)];
          if ('statement' in v) return [name, say(v.statement)];
          return [name, v.text];
        }),
      );
      const count = s.params.count;
      const plural = count && 'count' in count ? { count: count.count, formatted: params.count } : {};
      return t(`${namespace}.${s.key}`, { ...params, ...plural });
    },
    [t, format, i18n.language, namespace],
  );
}
