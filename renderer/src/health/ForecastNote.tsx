import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleForecast } from '@shared/domain/health';
import { useStatement } from './use-statement';

/**
 * A rule's forecast, inside its card: where the pace of the last weeks leads, and what turns it
 * around. A named group, not a section: a section with a name is a landmark, and every card's
 * forecast has the same title, so screen readers would list several indistinguishable regions.
 */
export function ForecastNote({ forecast }: { forecast: RuleForecast }) {
  const { t } = useTranslation();
  const say = useStatement('forecast');
  const titleId = useId();
  return (
    <div className="forecast" role="group" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('forecast.title')}</h4>
      <p className="forecast-outlook">{say(forecast.outlook)}</p>
      {forecast.turnaround.length > 0 && (
        <ul className="forecast-turnaround" aria-label={t('forecast.turnTitle')}>
          {forecast.turnaround.map((s) => (
            <li key={s.key}>{say(s)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
