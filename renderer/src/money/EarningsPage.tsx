import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { load } from '../api';
import { ConnectsPanel } from './ConnectsPanel';
import { HourlyRatesByMonth } from '../hours/HourlyRatesByMonth';
import { MoneyFigures } from './MoneyFigures';
import { LazyEarningsChart } from './MoneyCharts';
import { PeriodTable } from './PeriodTable';
import { TransactionsPanel } from './TransactionsPanel';
import { useDataVersion } from '../hooks/data-version';
import { useLoad } from '../hooks/use-load';
import { routeHref } from '../hooks/use-route';
import { now } from '../lib/clock';
import { MONEY_PERIODS, periodRange, type MoneyPeriod } from './money-period';

/** What the work paid and what the proposals cost, for a period; transactions and Connects below. */
export function EarningsPage() {
  const { t } = useTranslation();
  const { version } = useDataVersion();
  const [period, setPeriod] = useState<MoneyPeriod>('weeks12');
  const summary = useLoad(async () => {
    const settings = await load('settings:get');
    const range = periodRange(period, now(), settings);
    return { unit: range.unit, value: await load('money:summary', { from: range.from, to: range.to }) };
  }, [period, version]);

  return (
    <section className="page money-page">
      <header className="page-header">
        <h1>{t('money.earningsTitle')}</h1>
        <div className="toolbar">
          <label htmlFor="money-period" className="muted">
            {t('money.period')}
          </label>
          <select id="money-period" value={period} onChange={(e) => setPeriod(e.target.value as MoneyPeriod)}>
            {MONEY_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`money.periods.${p}`)}
              </option>
            ))}
          </select>
          <a className="button" href={routeHref({ page: 'imports' })}>
            {t('money.importTitle')}
          </a>
        </div>
      </header>
      <p className="lead">{t('money.explain')}</p>
      {summary.state === 'error' && <p className="error">{summary.message}</p>}
      {summary.state === 'ready' && (
        <div className="money-overview">
          <MoneyFigures summary={summary.value.value} />
          <LazyEarningsChart
            buckets={summary.value.unit === 'week' ? summary.value.value.weeks : summary.value.value.months}
            unit={summary.value.unit}
          />
          <section className="panel" aria-labelledby="money-periods-title">
            <h2 id="money-periods-title">{summary.value.unit === 'week' ? t('money.byWeek') : t('money.byMonth')}</h2>
            <PeriodTable
              buckets={summary.value.unit === 'week' ? summary.value.value.weeks : summary.value.value.months}
              unit={summary.value.unit}
            />
          </section>
        </div>
      )}
      <HourlyRatesByMonth />
      <TransactionsPanel />
      <ConnectsPanel />
    </section>
  );
}
