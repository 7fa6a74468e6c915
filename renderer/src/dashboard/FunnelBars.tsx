import { useTranslation } from 'react-i18next';
import type { Dashboard } from '@shared/domain/dashboard';
import { useFormat } from '../hooks/use-format';
import { localDay } from './week-format';

/** Sent → viewed → interviewed → offer → hired over the chosen period, as plain bars (readable, accessible). */
export function FunnelBars({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const sent = dashboard.funnel[0]?.count ?? 0;
  return (
    <section className="panel" aria-labelledby="funnel-title">
      <h2 id="funnel-title">{t('dashboard.funnel.title')}</h2>
      <p className="muted small">
        {t('dashboard.funnel.period', {
          from: localDay(dashboard.funnelFrom, i18n.language),
          to: localDay(dashboard.week, i18n.language, 6),
        })}
      </p>
      {sent === 0 ? (
        <p className="chart-empty">{t('dashboard.funnel.empty')}</p>
      ) : (
        <ol className="funnel">
          {dashboard.funnel.map(({ stage, count }) => (
            <li key={stage}>
              <span className="funnel-label">{t(`dashboard.funnel.stage.${stage}`)}</span>
              <span className="funnel-track">
                <span
                  className={`funnel-bar funnel-${stage}`}
                  style={{ width: `${Math.max(0.5, (count / sent) * 100)}%` }}
                />
              </span>
              <span className="funnel-count">
                {format.number(count)}
                {stage !== 'sent' && (
                  <span className="muted">
                    {' '}
                    · {t('dashboard.funnel.ofSent', { percent: format.percent(count / sent) })}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
