import { useTranslation } from 'react-i18next';
import type { Dashboard } from '@shared/domain/dashboard';
import { useFormat } from '../hooks/use-format';
import { routeHref } from '../hooks/use-route';
import { weekRange } from './week-format';

/** Newest week first; each week links to its review. Provisional rates are marked in words, not colour alone. */
export function WeeksTable({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const rows = [...dashboard.weeks].reverse();
  const rate = (value: number | null) => (value === null ? '—' : format.percent(value));
  return (
    <section aria-labelledby="weeks-table-title">
      <h2 id="weeks-table-title">{t('dashboard.table.title')}</h2>
      <p className="muted small">{t('dashboard.table.caption')}</p>
      <table className="weeks-table">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.table.week')}</th>
            <th scope="col" className="num">
              {t('dashboard.table.sent')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.table.viewed')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.table.interviews')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.table.hires')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.table.hireRate')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.table.connects')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.table.cost')}
            </th>
            {dashboard.earningsAvailable && (
              <th scope="col" className="num">
                {t('dashboard.table.earnings')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((week) => {
            const range = weekRange(week.weekStart, i18n.language);
            return (
              <tr
                key={week.weekStart}
                className={week.mature ? undefined : 'provisional-row'}
                aria-current={week.weekStart === dashboard.week ? 'true' : undefined}
              >
                <td className="nowrap">
                  <a
                    href={routeHref({ page: 'week', week: week.weekStart })}
                    aria-label={t('dashboard.table.review', { range })}
                  >
                    {range}
                  </a>
                  {!week.mature && <span className="badge provisional-badge">{t('dashboard.provisional')}</span>}
                </td>
                <td className="num">{format.number(week.sent)}</td>
                <td className="num">
                  {format.number(week.viewed)} <span className="muted">({rate(week.viewRate)})</span>
                </td>
                <td className="num">{format.number(week.interviewed)}</td>
                <td className="num">{format.number(week.hired)}</td>
                <td className="num">{rate(week.hireRate)}</td>
                <td className="num">{format.number(week.connects)}</td>
                <td className="num">{format.moneyColumn(week.connectsCostCents)}</td>
                {dashboard.earningsAvailable && <td className="num">{format.moneyColumn(week.earningsCents)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
