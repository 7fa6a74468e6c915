import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INSIGHT_DIMENSIONS,
  INSIGHT_PERIODS,
  type InsightDimension,
  type InsightPeriod,
  type InsightRow,
} from '@shared/domain/insights';
import { load } from '../api';
import { InsightsChart, type InsightMetric } from './InsightsChart';
import { InsightsTable } from './InsightsTable';
import { HourlyRatesByKind } from '../hours/HourlyRatesByKind';
import { TrySampleButton } from '../data/SampleDataBanner';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useLoad } from '../hooks/use-load';
import { insightLabel } from './insight-labels';
import { PageStatus } from '../ui/PageStatus';

/** Which kinds of jobs convert: rates by signal, ranked by the Wilson lower bound. */
export function InsightsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { version } = useDataVersion();
  const [months, setMonths] = useState<InsightPeriod>(6);
  const [dimension, setDimension] = useState<InsightDimension>('skill');
  const [metric, setMetric] = useState<InsightMetric>('hire');
  const loaded = useLoad(() => load('insights:get', { months }), [months, version]);
  const labelOf = useCallback(
    (row: InsightRow) => insightLabel(dimension, row.value, t, format),
    [dimension, t, format],
  );

  if (loaded.state !== 'ready') return <PageStatus loaded={loaded} />;
  const insights = loaded.value;
  const rows = insights.dimensions[dimension];
  const dimensionName = t(`insights.dimension.${dimension}`);
  const metricName = metric === 'hire' ? t('insights.metricHire') : t('insights.metricView');
  // The chart ranks by the chosen rate's lower bound; the table keeps the hire-rate ranking.
  const chartRows =
    metric === 'hire' ? rows : [...rows].sort((a, b) => Number(b.enough) - Number(a.enough) || b.viewLow - a.viewLow);

  return (
    <section className="page insights">
      <header className="page-header">
        <div>
          <h1>{t('insights.title')}</h1>
          <p className="lead">{t('insights.lead')}</p>
        </div>
        <label className="inline-label">
          {t('insights.period')}{' '}
          <select value={months} onChange={(e) => setMonths(Number(e.target.value) as InsightPeriod)}>
            {INSIGHT_PERIODS.map((m) => (
              <option key={m} value={m}>
                {t(`insights.periodOption.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </header>

      {insights.proposals === 0 ? (
        <div className="empty">
          <h2>{t('insights.empty.title')}</h2>
          <p>{t('insights.empty.body')}</p>
          <div className="empty-actions">
            <TrySampleButton />
          </div>
        </div>
      ) : (
        <>
          <p className="muted small">
            {insights.from
              ? t('insights.window', {
                  count: insights.proposals,
                  from: format.date(insights.from),
                  to: format.date(insights.to),
                })
              : t('insights.windowAllTime', { count: insights.proposals, to: format.date(insights.to) })}
          </p>
          <div className="segmented" role="group" aria-label={t('insights.breakdown')}>
            {INSIGHT_DIMENSIONS.map((d) => (
              <button key={d} type="button" aria-pressed={d === dimension} onClick={() => setDimension(d)}>
                {t(`insights.dimension.${d}`)}
              </button>
            ))}
          </div>
          <div className="segmented small-segmented" role="group" aria-label={t('insights.metric')}>
            {(['hire', 'view'] as const).map((m) => (
              <button key={m} type="button" aria-pressed={m === metric} onClick={() => setMetric(m)}>
                {m === 'hire' ? t('insights.metricHire') : t('insights.metricView')}
              </button>
            ))}
          </div>
          {rows.length === 0 ? (
            <p className="empty">{t('insights.noGroups')}</p>
          ) : (
            <section className="panel" aria-labelledby="insights-chart-title">
              <h2 id="insights-chart-title">
                {t('insights.chartTitle', { metric: metricName, dimension: dimensionName.toLowerCase() })}
              </h2>
              {rows.some((r) => r.enough) ? (
                <InsightsChart
                  rows={chartRows}
                  metric={metric}
                  labelOf={labelOf}
                  title={t('insights.chartTitle', { metric: metricName, dimension: dimensionName })}
                />
              ) : (
                <p className="chart-empty">{t('insights.chartEmpty', { min: insights.minCount })}</p>
              )}
              <p className="muted small">{t('insights.notEnoughLegend', { min: insights.minCount })}</p>
              <InsightsTable rows={rows} minCount={insights.minCount} metric={metric} labelOf={labelOf} />
            </section>
          )}
        </>
      )}
      <HourlyRatesByKind />
    </section>
  );
}
