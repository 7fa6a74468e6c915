import { useTranslation } from 'react-i18next';
import { load } from '../api';
import { ChecklistPanel } from './ChecklistPanel';
import { FindingCard } from './FindingCard';
import { JssPanel } from './JssPanel';
import { LevelBadge } from './LevelBadge';
import { StalePanel } from './StalePanel';
import { TopRatedPanel } from './TopRatedPanel';
import { TrendStrip } from './TrendStrip';
import { useDataVersion } from '../hooks/data-version';
import { useLoad } from '../hooks/use-load';

export function HealthPage() {
  const { t } = useTranslation();
  const { version } = useDataVersion();
  const report = useLoad(() => load('health:report'), [version]);
  const settings = useLoad(() => load('settings:get'), [version]);

  if (report.state === 'error') return <p className="error">{t('common.errors.unexpected')}</p>;
  if (report.state === 'loading') return null;
  const r = report.value;
  return (
    <section className="page health-page">
      <header className="page-header">
        <h1>{t('health.title')}</h1>
        <p className={`overall overall-${r.overall}`} data-testid="health-overall">
          <span>{t('health.overallLabel')}</span>
          {r.judged ? (
            <>
              <LevelBadge level={r.overall} />
              <span>{t(`health.overall.${r.overall}`)}</span>
            </>
          ) : (
            <>
              <span className="level level-none">{t('health.notJudged')}</span>
              <span>{t('health.overall.notJudged')}</span>
            </>
          )}
        </p>
      </header>
      <p className="lead">{t('health.lead')}</p>
      <h2 className="sr-only">{t('health.rulesHeading')}</h2>
      <div className="findings">
        {r.findings.map((f) => (
          <FindingCard key={f.rule} finding={f} forecast={r.forecasts.find((x) => x.rule === f.rule)} />
        ))}
      </div>
      <TrendStrip points={r.trend} />
      <div className="health-grid">
        <JssPanel entries={r.jss} today={r.today} />
        <TopRatedPanel progress={r.topRated} today={r.today} />
        <StalePanel staleDays={settings.state === 'ready' ? settings.value.staleDays : 14} />
        <ChecklistPanel items={r.checklist} />
      </div>
    </section>
  );
}
