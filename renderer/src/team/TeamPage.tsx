import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_WEEK_CHOICES, type TeamView } from '@shared/domain/team';
import { load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useLoad } from '../hooks/use-load';
import { navigate } from '../hooks/use-route';
import { Field } from '../ui/Field';
import { TeamWeekTable } from './TeamWeekTable';

// The team view (docs/sync.md): asked of the team's server each time it opens, when the data
// changes (a sync brings the others' proposals) and on "Try again". Offline, it says so and
// when this computer last synced; nothing else in the app waits on it.

export function TeamPage() {
  const { t } = useTranslation();
  const { version } = useDataVersion();
  const [weeks, setWeeks] = useState<number>(TEAM_WEEK_CHOICES[0]);
  const [attempt, setAttempt] = useState(0);
  const team = useLoad(() => load('team:weekly', { weeks }), [weeks, version, attempt]);

  return (
    <section className="page team-page">
      <header className="page-header">
        <h1>{t('team.title')}</h1>
      </header>
      <p className="field-hint">{t('team.lead')}</p>
      <div className="team-controls">
        <Field label={t('team.weeks')}>
          <select value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
            {TEAM_WEEK_CHOICES.map((count) => (
              <option key={count} value={count}>
                {t('team.weeksOption', { count })}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {team.state === 'loading' && (
        <p role="status" aria-busy="true">
          {t('team.loading')}
        </p>
      )}
      {team.state === 'error' && <p role="alert">{team.message}</p>}
      {team.state === 'ready' && <TeamBody view={team.value} onRetry={() => setAttempt((n) => n + 1)} />}
    </section>
  );
}

function TeamBody({ view, onRetry }: { view: TeamView; onRetry: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (view.state === 'off') {
    return (
      <div className="panel">
        <p>{t('team.off')}</p>
        <button type="button" onClick={() => navigate({ page: 'sync' })}>
          {t('team.goSync')}
        </button>
      </div>
    );
  }
  if (view.state === 'offline') {
    return (
      <div className="panel">
        <p className="sync-status sync-status-paused" role="status">
          {view.lastSyncedAt ? t('team.offline', { at: format.dateTime(view.lastSyncedAt) }) : t('team.offlineNever')}{' '}
          {t(`sync.status.${view.problem}`)}
        </p>
        <button type="button" onClick={onRetry}>
          {t('team.retry')}
        </button>
      </div>
    );
  }
  return (
    <>
      {view.weeks.map((week, i) => (
        <TeamWeekTable key={week.weekStart} week={week} current={i === 0} />
      ))}
      <p className="field-hint">{t('team.smallSample')}</p>
    </>
  );
}
