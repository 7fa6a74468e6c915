import { useTranslation } from 'react-i18next';
import type { Finding } from '@shared/domain/health';
import { LevelBadge } from './LevelBadge';
import { useStatement } from './use-statement';

/** One rule: its level, what was measured over which window, the threshold, and what to do. */
export function FindingCard({ finding }: { finding: Finding }) {
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
        <span className="muted">{t('health.thresholdLabel')}:</span> {say(finding.threshold)}
      </p>
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
