import { useTranslation } from 'react-i18next';
import type { MoneyBucket } from '@shared/domain/money';
import { useFormat } from '../hooks/use-format';

/** Gross, fees and net per week or month, newest first, with a bar so the trend reads at a glance. */
export function PeriodTable({ buckets, unit }: { buckets: MoneyBucket[]; unit: 'week' | 'month' }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const max = Math.max(1, ...buckets.map((b) => Math.abs(b.grossCents)));
  const label = (period: string) => {
    if (unit === 'week') return t('money.weekOf', { date: format.calendarDate(period) });
    const [y, m] = period.split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, 15)),
    );
  };
  return (
    <table className="money-periods">
      <caption className="sr-only">{unit === 'week' ? t('money.byWeek') : t('money.byMonth')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('money.columns.period')}</th>
          <th scope="col" className="num">
            {t('money.columns.gross')}
          </th>
          <th scope="col" className="num">
            {t('money.columns.fees')}
          </th>
          <th scope="col" className="num">
            {t('money.columns.net')}
          </th>
          <th scope="col" aria-hidden="true" />
        </tr>
      </thead>
      <tbody>
        {[...buckets].reverse().map((b) => (
          <tr key={b.period}>
            <th scope="row">{label(b.period)}</th>
            <td className="num">{format.moneyColumn(b.grossCents)}</td>
            <td className="num">{format.moneyColumn(b.feesCents)}</td>
            <td className="num">
              <strong>{format.moneyColumn(b.netCents)}</strong>
            </td>
            <td className="money-bar-cell" aria-hidden="true">
              <span
                className="money-bar"
                style={{ width: `${Math.round((Math.max(0, b.grossCents) / max) * 100)}%` }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
