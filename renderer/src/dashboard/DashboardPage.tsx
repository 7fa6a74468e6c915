import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAILING_CHOICES, type Dashboard, type TrailingWeeks } from '@shared/domain/dashboard';
import { LazyHireRateChart, LazyVolumeChart } from './DashboardCharts';
import { FunnelBars } from './FunnelBars';
import { HeadlineTiles } from './HeadlineTiles';
import { HealthVerdict } from './HealthVerdict';
import { WeeksTable } from './WeeksTable';
import { TrySampleButton } from '../data/SampleDataBanner';
import { useDataVersion } from '../hooks/data-version';
import { useLoad } from '../hooks/use-load';
import { navigate } from '../hooks/use-route';
import { addWeeks, weekRange } from './week-format';
import { PageStatus } from '../ui/PageStatus';
import { WeekTargets } from '../targets/WeekTargets';
import { arrivedDashboard, DEFAULT_TRAILING, loadDashboard } from './startup-dashboard';

/** The screen the app opens on: one week at a glance, against the weeks before it. */
export function DashboardPage({ week, onLog }: { week?: string; onLog: () => void }) {
  const { version } = useDataVersion();
  const [trailing, setTrailing] = useState<TrailingWeeks>(DEFAULT_TRAILING);
  const loaded = useLoad(
    () => loadDashboard({ week, trailing }),
    [week, trailing, version],
    () => arrivedDashboard({ week, trailing }),
  );

  if (loaded.state !== 'ready') return <PageStatus loaded={loaded} />;
  const dashboard = loaded.value;
  if (!dashboard.hasProposals) return <DashboardEmpty onLog={onLog} />;
  return <DashboardView dashboard={dashboard} trailing={trailing} onTrailing={setTrailing} />;
}

function DashboardView({
  dashboard,
  trailing,
  onTrailing,
}: {
  dashboard: Dashboard;
  trailing: TrailingWeeks;
  onTrailing: (n: TrailingWeeks) => void;
}) {
  const { t, i18n } = useTranslation();
  const go = (weeks: number) => navigate({ page: 'dashboard', week: addWeeks(dashboard.week, weeks) });
  const atFirst = dashboard.firstWeek !== null && dashboard.week <= dashboard.firstWeek;

  return (
    <section className="page dashboard">
      <header className="page-header">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p className="lead">
            {t('dashboard.weekOf', { range: weekRange(dashboard.week, i18n.language) })}
            {dashboard.isCurrentWeek && <span className="badge">{t('dashboard.inProgress')}</span>}
          </p>
        </div>
        <div className="toolbar">
          <button type="button" onClick={() => go(-1)} disabled={atFirst} aria-label={t('dashboard.previousWeek')}>
            ← {t('dashboard.previousWeek')}
          </button>
          <button
            type="button"
            onClick={() => go(1)}
            disabled={dashboard.isCurrentWeek}
            aria-label={t('dashboard.nextWeek')}
          >
            {t('dashboard.nextWeek')} →
          </button>
          <label className="inline-label">
            {t('dashboard.compareWith')}{' '}
            <select value={trailing} onChange={(e) => onTrailing(Number(e.target.value) as TrailingWeeks)}>
              {TRAILING_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {t('dashboard.trailingOption', { count: n })}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <HealthVerdict />
      {!dashboard.weekMature && dashboard.current.sent > 0 && <p className="note">{t('dashboard.provisionalNote')}</p>}
      <HeadlineTiles dashboard={dashboard} />
      {dashboard.isCurrentWeek && <WeekTargets />}
      <div className="chart-grid">
        <LazyHireRateChart dashboard={dashboard} />
        <FunnelBars dashboard={dashboard} />
      </div>
      <LazyVolumeChart dashboard={dashboard} />
      <WeeksTable dashboard={dashboard} />
    </section>
  );
}

function DashboardEmpty({ onLog }: { onLog: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('dashboard.title')}</h1>
      <div className="empty">
        <h2>{t('dashboard.empty.title')}</h2>
        <p>{t('dashboard.empty.body')}</p>
        <div className="empty-actions">
          <button type="button" className="primary" onClick={onLog}>
            {t('proposals.logButton')}
          </button>
          <TrySampleButton />
        </div>
        <p className="small">{t('dashboard.empty.tryHint')}</p>
      </div>
    </section>
  );
}
