import { useTranslation } from 'react-i18next';
import { CONNECT_PRICE_CENTS, type MoneySummary } from '@shared/domain/money';
import { useFormat } from '../hooks/use-format';

/** The period's headline figures: what came in, what Upwork kept, what the Connects cost and won. */
export function MoneyFigures({ summary }: { summary: MoneySummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figure = (label: string, value: string, detail?: string, tone?: 'good' | 'bad') => (
    <div className="money-figure" key={label}>
      <dt>{label}</dt>
      <dd className={tone ? `money-${tone}` : undefined}>{value}</dd>
      {detail && <dd className="money-detail">{detail}</dd>}
    </div>
  );
  return (
    <dl className="money-figures" aria-label={t('money.figures.label')}>
      {figure(t('money.figures.gross'), format.money(summary.grossCents))}
      {figure(t('money.figures.fees'), format.money(summary.feesCents))}
      {figure(
        t('money.figures.net'),
        format.money(summary.netCents),
        undefined,
        summary.netCents > 0 ? 'good' : undefined,
      )}
      {figure(
        t('money.figures.connectsSpent'),
        format.number(summary.connectsSpent),
        t('money.figures.connectsCost', { cost: format.money(summary.connectsCostCents) }),
      )}
      {figure(
        t('money.figures.costPerHire'),
        summary.costPerHireCents === null ? t('money.figures.none') : format.money(summary.costPerHireCents),
        summary.hires === 0
          ? t('money.figures.noHire')
          : t('money.figures.costPerHireDetail', {
              count: summary.hires,
              formatted: format.number(summary.hires),
              sent: format.number(summary.proposalsSent),
            }),
      )}
      {figure(
        t('money.figures.perConnect'),
        summary.earningsPerConnectCents === null
          ? t('money.figures.none')
          : format.money(summary.earningsPerConnectCents),
        summary.earningsPerConnectCents === null ? t('money.figures.noConnects') : undefined,
      )}
      {figure(
        t('money.figures.balance'),
        format.number(summary.connectsBalance),
        t('money.figures.balanceDetail', {
          value: format.money(Math.max(0, summary.connectsBalance) * CONNECT_PRICE_CENTS),
        }),
        summary.connectsBalance < 0 ? 'bad' : undefined,
      )}
    </dl>
  );
}
