import { useTranslation } from 'react-i18next';
import { MIN_RATE_HOURS } from '@shared/money/hourly-rate';
import { load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useLoad } from '../hooks/use-load';
import { DataTable } from '../ui/DataTable';
import { LazyHourlyRateChart } from '../money/MoneyCharts';
import { HourlyRateText, useHoursText, useMonthText } from './HourlyRateText';

/** Earnings: what an hour paid, month by month (hours from Weekly Summary imports). */
export function HourlyRatesByMonth() {
  const { t } = useTranslation();
  const format = useFormat();
  const monthText = useMonthText();
  const hoursText = useHoursText();
  const { version } = useDataVersion();
  const rates = useLoad(() => load('money:hourlyRates', undefined), [version]);
  return (
    <section className="panel" aria-labelledby="hourly-months-title">
      <h2 id="hourly-months-title">{t('hours.rates.byMonthTitle')}</h2>
      {rates.state === 'error' && <p className="error">{rates.message}</p>}
      {rates.state === 'ready' && rates.value.months.length === 0 && (
        <p className="muted">{t('hours.rates.noHours')}</p>
      )}
      {rates.state === 'ready' && rates.value.months.length > 0 && (
        <>
          <p className="muted small">{t('hours.rates.explain', { min: MIN_RATE_HOURS })}</p>
          <LazyHourlyRateChart months={rates.value.months} />
          <DataTable
            className="hourly-rates"
            columns={[
              { label: t('hours.rates.columns.month') },
              { label: t('hours.rates.columns.hours'), numeric: true },
              { label: t('hours.rates.columns.earned'), numeric: true },
              { label: t('hours.rates.columns.gross'), numeric: true },
              { label: t('hours.rates.columns.net'), numeric: true },
            ]}
          >
            {rates.value.months.map((m) => (
              <tr key={m.month}>
                <td className="nowrap">{monthText(m.month)}</td>
                <td className="num nowrap">{hoursText(m.seconds)}</td>
                <td className="num">{format.money(m.earnedCents)}</td>
                <td className="num nowrap">
                  <HourlyRateText pay={m} />
                </td>
                <td className="num nowrap">
                  <HourlyRateText pay={m} net />
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
