import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  type FormatOptions,
} from '@shared/format';
import { useUserZone } from './user-zone';

/** Formatters bound to the UI language and the user's time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const timeZone = useUserZone();
  return useMemo(() => {
    const options: FormatOptions = {
      locale: i18n.language,
      timeZone,
    };
    return {
      options,
      money: (cents: number) => formatMoney(cents, options),
      /** For table columns: always with cents, so amounts line up. */
      moneyColumn: (cents: number) => formatMoney(cents, options, true),
      number: (value: number, digits = 0) => formatNumber(value, options, digits),
      percent: (ratio: number, digits = 1) => formatPercent(ratio, options, digits),
      date: (iso: string) => formatDate(iso, options),
      /** A calendar date, "YYYY-MM-DD" (a week's first day), never shifted by the zone. */
      calendarDate: (localDate: string) => formatCalendarDate(localDate, options),
      dateTime: (iso: string) => formatDateTime(iso, options),
    };
  }, [i18n.language, timeZone]);
}
