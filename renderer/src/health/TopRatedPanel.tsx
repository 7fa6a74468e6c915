import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopRatedProgress } from '@shared/domain/health';
import { daysBetween } from '@shared/health/days';
import { useFormat } from '../hooks/use-format';
import { formatDay } from './use-statement';

/** Upwork's three Top Rated conditions, each with where the user stands. */
export function TopRatedPanel({ progress: p, today }: { progress: TopRatedProgress; today: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const format = useFormat();
  const contractDays = p.firstContractOn ? daysBetween(p.firstContractOn, today) : null;
  const rows: [string, boolean][] = [
    [
      t('health.topRated.weeks', { have: p.weeksAtOrAbove90, of: p.weeksConsidered, need: p.weeksNeeded }),
      p.weeksAtOrAbove90 >= p.weeksNeeded,
    ],
    [
      p.earningsRecorded
        ? t('health.topRated.earnings', {
            have: format.money(p.earnings12mCents),
            need: format.money(p.earningsNeededCents),
          })
        : t('health.topRated.noEarnings', { need: format.money(p.earningsNeededCents) }),
      p.earnings12mCents >= p.earningsNeededCents,
    ],
    [
      p.firstContractOn && contractDays !== null
        ? t('health.topRated.contract', {
            date: formatDay(p.firstContractOn, i18n.language),
            days: format.number(contractDays),
            need: p.firstContractDaysNeeded,
          })
        : t('health.topRated.noContract', { need: p.firstContractDaysNeeded }),
      contractDays !== null && contractDays > p.firstContractDaysNeeded,
    ],
  ];
  const unknown = p.weeksConsidered - p.weeksKnown;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('health.topRated.title')}</h2>
      <ul className="checks">
        {rows.map(([text, met]) => (
          <li key={text} className={met ? 'met' : 'unmet'}>
            <span className="check-mark" aria-hidden="true">
              {met ? '✓' : '○'}
            </span>
            <span>{text}</span>
            <span className="sr-only">{met ? t('health.topRated.met') : t('health.topRated.notMet')}</span>
          </li>
        ))}
      </ul>
      {unknown > 0 && <p className="field-hint">{t('health.topRated.weeksUnknown', { unknown })}</p>}
    </section>
  );
}
