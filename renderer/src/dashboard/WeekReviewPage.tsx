import { useTranslation } from 'react-i18next';
import { OPEN_STATUSES } from '@shared/metrics/stages';
import { load } from '../api';
import { StatusChange } from '../proposals/StatusChange';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useLoad } from '../hooks/use-load';
import { routeHref } from '../hooks/use-route';
import { addWeeks, weekRange } from './week-format';
import { PageStatus } from '../ui/PageStatus';
import { DataTable } from '../ui/DataTable';
import { SaveWeekPdf } from './SaveWeekPdf';
import { PlanVsActual } from '../targets/PlanVsActual';

/** One week's proposals, open ones first, each open one updatable right here. */
export function WeekReviewPage({ week }: { week: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { version } = useDataVersion();
  const loaded = useLoad(() => load('dashboard:week', { week }), [week, version]);

  if (loaded.state !== 'ready') return <PageStatus loaded={loaded} />;
  const review = loaded.value;
  const open = review.proposals.filter((p) => OPEN_STATUSES.includes(p.status)).length;
  const { figures } = review;

  return (
    <section className="page">
      <a className="back" href={routeHref({ page: 'dashboard', week: review.week })}>
        ← {t('dashboard.review.back')}
      </a>
      <header className="page-header">
        <div>
          <h1>{t('dashboard.review.heading', { range: weekRange(review.week, i18n.language) })}</h1>
          <p className="lead">
            {t('dashboard.review.summary', {
              sent: format.number(figures.sent),
              viewed: format.number(figures.viewed),
              interviewed: format.number(figures.interviewed),
              hired: format.number(figures.hired),
            })}
            {!review.mature && figures.sent > 0 && (
              <span className="badge provisional-badge">{t('dashboard.provisional')}</span>
            )}
          </p>
        </div>
        <nav className="toolbar" aria-label={t('dashboard.review.title')}>
          <a className="button" href={routeHref({ page: 'week', week: addWeeks(review.week, -1) })}>
            ← {t('dashboard.previousWeek')}
          </a>
          <a className="button" href={routeHref({ page: 'week', week: addWeeks(review.week, 1) })}>
            {t('dashboard.nextWeek')} →
          </a>
          <SaveWeekPdf week={review.week} />
        </nav>
      </header>
      <PlanVsActual plan={review.plan} />
      {review.proposals.length === 0 ? (
        <p className="empty">{t('dashboard.review.empty')}</p>
      ) : (
        <>
          <p className={open > 0 ? 'note' : 'muted'}>
            {open > 0 ? t('dashboard.review.openCount', { count: open }) : t('dashboard.review.noneOpen')}
          </p>
          <DataTable
            className="proposals-table"
            columns={[
              { label: t('dashboard.review.sent') },
              { label: t('dashboard.review.job') },
              { label: t('dashboard.review.profile') },
              { label: t('dashboard.review.connects'), numeric: true },
              { label: t('dashboard.review.status') },
            ]}
          >
            {review.proposals.map((p) => (
              <tr key={p.id}>
                <td className="nowrap">{format.dateTime(p.sentAt)}</td>
                <td>
                  <a href={routeHref({ page: 'proposal', id: p.id })}>{p.jobTitle}</a>
                </td>
                <td>{p.profileName}</td>
                <td className="num">{format.number(p.connectsSpent + p.boostConnects)}</td>
                <td>
                  {OPEN_STATUSES.includes(p.status) ? (
                    <StatusChange
                      proposalId={p.id}
                      status={p.status}
                      label={t('proposals.statusOf', { title: p.jobTitle })}
                    />
                  ) : (
                    <span className={`status-chip status-${p.status}`}>{t(`proposals.status.${p.status}`)}</span>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
          {review.truncated && (
            <p className="muted">{t('dashboard.review.truncated', { count: review.proposals.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
