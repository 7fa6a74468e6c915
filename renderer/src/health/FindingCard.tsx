import { useTranslation } from 'react-i18next';
import type { Finding, RuleForecast } from '@shared/domain/health';
import { ForecastNote } from './ForecastNote';
import { LevelBadge } from './LevelBadge';
import { useStatement } from './use-statement';

/** One rule: its level, what was measured over which window, the threshold, where it is heading, and what to do. */
export function FindingCard({ finding, forecast }: { finding: Finding; forecast?: RuleForecast }) {
  const { t } = useTranslation();
  const say = useStatement();
  const title = t(`health.rules.${finding.rule}`);
  return (
    <article className={`finding finding-${finding.level}`} aria-label={title}>
      <header>
        <h3>{title}</h3>
        {finding.judged ? (
          <LevelBadge level={finding.level} />
        ) : (
          <span className="level level-unjudged">{t('health.notJudged')}</span>
        )}
      </header>
      <ul className="evidence" aria-label={t('health.whatWeSee')}>
        {finding.evidence.map((s) => (
          <li key={s.key}>{say(s)}</li>
        ))}
      </ul>
      <p className="threshold">
        <span className="muted">{t('health.thresholdLabel')}</span> {say(finding.threshold)}
      </p>
      {forecast && <ForecastNote forecast={forecast} />}
      {finding.advice.length > 0 && (
        <div className="advice">
          <h4>{t('health.whatToDo')}</h4>
          <ul>
            {finding.advice.map((s) => (
              <li key={s.key}>{say(s)}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
