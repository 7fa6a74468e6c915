import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATE_DIMENSIONS, type RateDimension } from '@shared/domain/hours';
import { MIN_RATE_HOURS, rankByRate } from '@shared/money/hourly-rate';
import { load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useLoad } from '../hooks/use-load';
import { DataTable } from '../ui/DataTable';
import { HourlyRateText, useHoursText } from './HourlyRateText';

/** What converts, per hour: which kinds of job paid best for the hours they took, not only which got hired. */
export function HourlyRatesByKind() {
  const { t } = useTranslation();
  const format = useFormat();
  const hoursText = useHoursText();
  const { version } = useDataVersion();
  const [dimension, setDimension] = useState<RateDimension>('skill');
  const rates = useLoad(() => load('money:hourlyRates', undefined), [version]);
  if (rates.state !== 'ready') return rates.state === 'error' ? <p className="error">{rates.message}</p> : null;
  const { kinds, unlinkedContracts } = rates.value;
  const rows = rankByRate(kinds[dimension]);
  return (
    <section className="panel" aria-labelledby="hourly-kinds-title">
      <h2 id="hourly-kinds-title">{t('hours.rates.byKindTitle')}</h2>
      <p className="muted small">{t('hours.rates.byKindExplain', { min: MIN_RATE_HOURS })}</p>
      <div className="segmented small-segmented" role="group" aria-label={t('hours.rates.byKindTitle')}>
        {RATE_DIMENSIONS.map((d) => (
          <button key={d} type="button" aria-pressed={d === dimension} onClick={() => setDimension(d)}>
            {t(`hours.rates.dimension.${d}`)}
          </button>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('hours.rates.noKinds')}</p>
      ) : (
        <DataTable
          className="hourly-rates"
          columns={[
            { label: t(`hours.rates.dimension.${dimension}`) },
            { label: t('hours.rates.columns.contracts'), numeric: true },
            { label: t('hours.rates.columns.hours'), numeric: true },
            { label: t('hours.rates.columns.gross'), numeric: true },
            { label: t('hours.rates.columns.net'), numeric: true },
          ]}
        >
          {rows.map((row) => (
            <tr key={row.value}>
              <td>{dimension === 'jobType' ? t(`hours.rates.jobTypes.${row.value}`, row.value) : row.value}</td>
              <td className="num">{format.number(row.contracts)}</td>
              <td className="num nowrap">{hoursText(row.seconds)}</td>
              <td className="num nowrap">
                <HourlyRateText pay={row} />
              </td>
              <td className="num nowrap">
                <HourlyRateText pay={row} net />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {unlinkedContracts > 0 && (
        <p className="muted small">{t('hours.rates.unlinked', { count: unlinkedContracts })}</p>
      )}
    </section>
  );
}
