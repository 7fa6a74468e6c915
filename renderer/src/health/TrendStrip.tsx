import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '@shared/domain/health';
import { formatDay } from './use-statement';

/** The overall level week by week, oldest first: a row of labelled cells, readable without colour. */
export function TrendStrip({ points }: { points: TrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('health.trend.title')}</h2>
      <ol className="trend">
        {points.map((p) => {
          const date = formatDay(p.weekStart, i18n.language);
          // The cells are narrow: month and day only ("Oct 12", "10月12日"); the title has the year.
          const short = new Intl.DateTimeFormat(i18n.language, {
            month: 'short',
            day: 'numeric',
            timeZone: 'UTC',
          }).format(new Date(`${p.weekStart}T00:00:00Z`));
          // A week no rule could judge (before the first proposals) is no data, not "OK".
          const level = p.judged ? t(`health.levels.${p.level}`) : t('health.trend.noData');
          return (
            <li
              key={p.weekStart}
              className={p.judged ? `trend-${p.level}` : 'trend-none'}
              title={t('health.trend.week', { date, level })}
            >
              <span className="trend-cell">{level}</span>
              <span className="trend-date">{short}</span>
            </li>
          );
        })}
      </ol>
      <p className="field-hint">{t('health.trend.hint')}</p>
    </section>
  );
}
