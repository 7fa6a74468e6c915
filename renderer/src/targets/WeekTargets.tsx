import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetProgress } from '@shared/domain/targets';
import { load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useLoad } from '../hooks/use-load';

/** The current week against the weekly plan (Settings), on the dashboard. */
export function WeekTargets() {
  const { version } = useDataVersion();
  const loaded = useLoad(() => load('targets:week'), [version]);
  // The dashboard stands on its own: while this loads, or if it fails, it simply is not shown.
  if (loaded.state !== 'ready') return null;
  return <WeekTargetsPanel progress={loaded.value} />;
}

function WeekTargetsPanel({ progress }: { progress: TargetProgress }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const { proposals, hires, connects } = progress;
  return (
    <section className="panel week-targets" aria-labelledby={titleId}>
      <header className="week-targets-header">
        <h2 id={titleId}>{t('targets.title')}</h2>
        <a href="#/settings">{t('targets.change')}</a>
      </header>
      <dl className="week-targets-figures">
        <div className={`target target-${proposals.state}`}>
          <dt>{t('targets.proposals')}</dt>
          <dd>
            {t('targets.proposalsValue', {
              sent: format.number(proposals.sent),
              min: format.number(proposals.min),
              max: format.number(proposals.max),
            })}
          </dd>
          <dd className="target-state">{t(`targets.state.${proposals.state}`)}</dd>
        </div>
        <div className={`target ${hires.met ? 'target-within' : 'target-below'}`}>
          <dt>{t('targets.hires')}</dt>
          <dd>{t('targets.ofTarget', { done: format.number(hires.count), target: format.number(hires.target) })}</dd>
        </div>
        <div className={`target ${connects.over ? 'target-over' : 'target-within'}`}>
          <dt>{t('targets.connects')}</dt>
          <dd>
            {t('targets.ofTarget', { done: format.number(connects.spent), target: format.number(connects.budget) })}
          </dd>
          {connects.over && <dd className="target-state">{t('targets.overBudget')}</dd>}
        </div>
      </dl>
      {progress.volumeWithoutWins && (
        <p className="note" role="status">
          {t('targets.volumeWithoutWins', { max: format.number(proposals.max) })}
        </p>
      )}
    </section>
  );
}
