import { useTranslation } from 'react-i18next';
import type { TeamFigures, TeamWeek } from '@shared/domain/team';
import { ratio } from '@shared/metrics/rates';
import { useFormat } from '../hooks/use-format';

/** The figure columns, in order; headings from team.columns.<name>. */
const FIGURE_COLUMNS = ['sent', 'viewRate', 'interviewRate', 'hireRate', 'connects'] as const;

/** One week: a row per member who sent something, and the team's total under them. */
export function TeamWeekTable({ week, current }: { week: TeamWeek; current: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t('team.weekOf', { date: format.calendarDate(week.weekStart) });
  return (
    <section className="panel team-week" aria-label={title}>
      <h2>
        {title}
        {current ? <span className="provisional-badge">{t('team.current')}</span> : null}
      </h2>
      {week.members.length === 0 ? (
        <p className="muted">{t('team.none')}</p>
      ) : (
        <table className="team-table">
          <thead>
            <tr>
              <th scope="col">{t('team.columns.member')}</th>
              {FIGURE_COLUMNS.map((column) => (
                <th key={column} scope="col" className="num">
                  {t(`team.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {week.members.map((m) => (
              <FiguresRow key={m.member} name={m.member} figures={m} />
            ))}
          </tbody>
          <tfoot>
            <FiguresRow name={t('team.total')} figures={week.total} />
          </tfoot>
        </table>
      )}
    </section>
  );
}

function FiguresRow({ name, figures }: { name: string; figures: TeamFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  // A rate with its count: "75% (3)", so four proposals do not pass for a trend.
  const rate = (part: number) => {
    const r = ratio(part, figures.sent);
    return r === null ? t('team.noRate') : `${format.percent(r, 0)} (${format.number(part)})`;
  };
  return (
    <tr>
      <th scope="row">{name}</th>
      <td className="num">{format.number(figures.sent)}</td>
      <td className="num">{rate(figures.viewed)}</td>
      <td className="num">{rate(figures.interviewed)}</td>
      <td className="num">{rate(figures.hired)}</td>
      <td className="num">{format.number(figures.connects)}</td>
    </tr>
  );
}
