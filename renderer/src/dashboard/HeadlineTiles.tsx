import { useTranslation } from 'react-i18next';
import type { Dashboard } from '@shared/domain/dashboard';
import { useFormat } from '../hooks/use-format';
import { localDay } from './week-format';
import { Trend } from './Trend';

/** The chosen week's headline figures against the trailing weeks. */
export function HeadlineTiles({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { current, trailing, trailingWeeks: count, money } = dashboard;
  // Cost per hire and earnings per Connect are over the funnel's span: too few hires in one week.
  const since = localDay(dashboard.funnelFrom, i18n.language);
  const provisional = !dashboard.weekMature && current.sent > 0 && (
    <span className="badge provisional-badge">{t('dashboard.provisional')}</span>
  );
  const rate = (value: number | null) => (value === null ? '—' : format.percent(value));
  // Rates stay provisional until the week's outcomes are in; counts and earnings until the week ends.
  const ratesProvisional = !dashboard.weekMature;
  const underWay = dashboard.isCurrentWeek;
  const rateTrend = (now: number | null, before: number | null) => (
    <Trend
      current={now}
      before={before}
      text={t('dashboard.vsTrailingRate', { value: rate(before), count })}
      provisional={ratesProvisional}
    />
  );
  const perWeek = (value: number) => format.number(value, 1);

  return (
    // The tiles' headings sit under a heading of their own, so headings go h1 > h2 > h3 as a
    // screen reader lists them; sighted users see the grid as the group.
    <section className="tiles" aria-labelledby="tiles-title">
      <h2 id="tiles-title" className="sr-only">
        {t('dashboard.tiles.heading')}
      </h2>
      <div className="tile">
        <h3>{t('dashboard.tiles.sent')}</h3>
        <p className="tile-value">{format.number(current.sent)}</p>
        <Trend
          current={current.sent}
          before={trailing.weeks ? trailing.sent : null}
          text={t('dashboard.vsTrailing', { value: perWeek(trailing.sent) })}
          riseIsGood={null}
          provisional={underWay}
        />
      </div>
      <div className="tile">
        <h3>
          {t('dashboard.tiles.viewRate')} {provisional}
        </h3>
        <p className="tile-value">{rate(current.viewRate)}</p>
        {rateTrend(current.viewRate, trailing.viewRate)}
      </div>
      <div className="tile">
        <h3>
          {t('dashboard.tiles.interviewRate')} {provisional}
        </h3>
        <p className="tile-value">{rate(current.interviewRate)}</p>
        {rateTrend(current.interviewRate, trailing.interviewRate)}
      </div>
      <div className="tile">
        <h3>
          {t('dashboard.tiles.hireRate')} {provisional}
        </h3>
        <p className="tile-value">{rate(current.hireRate)}</p>
        <p className="tile-sub">
          {current.sent === 0
            ? t('dashboard.tiles.noProposals')
            : current.proposalsPerHire === null
              ? t('dashboard.tiles.noHireYet')
              : t('dashboard.tiles.perHire', { count: current.proposalsPerHire })}
        </p>
        {rateTrend(current.hireRate, trailing.hireRate)}
      </div>
      <div className="tile">
        <h3>{t('dashboard.tiles.connects')}</h3>
        <p className="tile-value">{format.number(current.connects)}</p>
        <p className="tile-sub">
          {t('dashboard.tiles.connectsCost', { cost: format.money(current.connectsCostCents) })}
        </p>
        <p className="tile-sub">
          {/* Below zero only means purchases and free grants were never recorded, not a debt. */}
          {money.connectsBalance < 0
            ? t('dashboard.tiles.connectsBalanceUnknown')
            : t('dashboard.tiles.connectsBalance', {
                count: money.connectsBalance,
                formatted: format.number(money.connectsBalance),
              })}
        </p>
        {money.costPerHireCents !== null && (
          <p className="tile-sub">
            {t('dashboard.tiles.costPerHire', { cost: format.money(money.costPerHireCents), from: since })}
          </p>
        )}
        <Trend
          current={current.connects}
          before={trailing.weeks ? trailing.connects : null}
          text={t('dashboard.vsTrailing', { value: perWeek(trailing.connects) })}
          riseIsGood={null}
          provisional={underWay}
        />
      </div>
      <div className="tile">
        <h3>{t('dashboard.tiles.earnings')}</h3>
        {dashboard.earningsAvailable ? (
          <>
            <p className="tile-value">{format.money(current.earningsCents)}</p>
            <p className="tile-sub">
              {t('dashboard.tiles.net', {
                net: format.money(money.weekNetCents),
                fees: format.money(-money.weekFeesCents),
              })}
            </p>
            {money.earningsPerConnectCents !== null && (
              <p className="tile-sub">
                {t('dashboard.tiles.perConnect', { value: format.money(money.earningsPerConnectCents), from: since })}
              </p>
            )}
            <Trend
              current={current.earningsCents}
              before={trailing.weeks ? trailing.earningsCents : null}
              text={t('dashboard.vsTrailing', { value: format.money(Math.round(trailing.earningsCents)) })}
              provisional={underWay}
            />
          </>
        ) : (
          <>
            <p className="tile-empty-title">{t('dashboard.tiles.earningsEmptyTitle')}</p>
            <p className="tile-sub">{t('dashboard.tiles.earningsEmpty')}</p>
          </>
        )}
      </div>
    </section>
  );
}
