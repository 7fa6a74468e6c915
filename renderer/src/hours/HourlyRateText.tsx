import { useTranslation } from 'react-i18next';
import type { HoursAndPay } from '@shared/domain/hours';
import { hourlyRate } from '@shared/money/hourly-rate';
import { useFormat } from '../hooks/use-format';

/** "$49.69/h", or "—" without hours; under the minimum it says so instead of standing as a ranking. */
export function HourlyRateText({ pay, net = false }: { pay: HoursAndPay; net?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rate = hourlyRate(pay);
  const cents = net ? rate.netCents : rate.grossCents;
  if (cents === null) return <>{t('money.figures.none')}</>;
  return (
    <>
      {t('hours.rates.perHour', { amount: format.money(cents) })}
      {!rate.enough && <span className="badge muted">{t('hours.rates.fewHours')}</span>}
    </>
  );
}

/** Hours as "21.8 h". */
export function useHoursText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (seconds: number) => t('hours.import.hoursValue', { hours: format.number(seconds / 3600, 1) });
}

/** "April 2024" in the UI language, for a "YYYY-MM" month. */
export function useMonthText() {
  const { i18n } = useTranslation();
  return (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, 15)),
    );
  };
}
