import { useTranslation } from 'react-i18next';
import { load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useLoad } from '../hooks/use-load';
import { routeHref } from '../hooks/use-route';
import { LevelBadge } from '../health/LevelBadge';

/**
 * "Am I OK?" in one line at the top of the dashboard, whatever the level: the banner only shows
 * at watch and at risk, and "OK" or "not enough data yet" are answers too. Its height is kept
 * while it loads, so the tiles below do not jump.
 */
export function HealthVerdict() {
  const { t } = useTranslation();
  const { version } = useDataVersion();
  const status = useLoad(() => load('health:status'), [version]);
  const ready = status.state === 'ready' ? status.value : null;
  return (
    <section className="glance-verdict" aria-labelledby="glance-verdict-title" data-testid="dashboard-verdict">
      <h2 id="glance-verdict-title">{t('glance.verdict.title')}</h2>
      {ready &&
        (ready.judged ? (
          <>
            <LevelBadge level={ready.overall} />
            <span>{t(`health.overall.${ready.overall}`)}</span>
          </>
        ) : (
          <>
            <span className="level level-none">{t('health.notJudged')}</span>
            <span>{t('health.overall.notJudged')}</span>
          </>
        ))}
      <a href={routeHref({ page: 'health' })}>{t('glance.verdict.open')}</a>
    </section>
  );
}
