import { useTranslation } from 'react-i18next';
import { load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useLoad } from '../hooks/use-load';
import { nextTask } from '../lib/next-task';
import { routeHref, useRoute } from '../hooks/use-route';

/**
 * Shown on every screen while any health rule is at watch or at risk, naming the rules; reloads
 * after every change the user makes (data version), so it appears and clears as they work.
 */
export function HealthBanner() {
  const { t } = useTranslation();
  const { version } = useDataVersion();
  const route = useRoute();
  // Asked after the screen's own data: the banner may arrive a moment later than the figures.
  const status = useLoad(() => nextTask().then(() => load('health:status')), [version]);
  if (status.state !== 'ready' || status.value.overall === 'ok') return null;
  const { overall, findings } = status.value;
  const rules = findings.filter((f) => f.level !== 'ok').map((f) => t(`health.rules.${f.rule}`));
  return (
    <div
      className={`health-banner health-banner-${overall}`}
      role="status"
      aria-live="polite"
      data-testid="health-banner"
    >
      <strong>{t(`health.banner.${overall}`)}</strong>
      <span>{rules.join(' · ')}</span>
      {route.page !== 'health' && <a href={routeHref({ page: 'health' })}>{t('health.banner.open')}</a>}
    </div>
  );
}
