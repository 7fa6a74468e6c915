import { useTranslation } from 'react-i18next';
import type { ConnectsLedger } from '@shared/domain/money';
import { useFormat } from '../hooks/use-format';

/** Local "YYYY-MM-01" as "September 2026": a calendar month, so no zone shift (UTC). */
function monthLabel(localDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${localDate}T00:00:00Z`),
  );
}

/**
 * What the balance beside it is made of: the plan's free Connects it counts, and, when it is
 * negative anyway, why and what to do (the balance-today form is just below).
 */
export function ConnectsBalanceNote({ ledger }: { ledger: ConnectsLedger }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { free, balance } = ledger;
  return (
    <>
      {free.since !== null && free.connects > 0 && (
        <p className="muted" data-testid="connects-free">
          {t('connectsPlan.free', {
            connects: format.number(free.connects),
            perMonth: format.number(free.perMonth),
            since: monthLabel(free.since, i18n.language),
          })}
        </p>
      )}
      {balance < 0 && (
        <p className="field-error" role="status" data-testid="connects-negative">
          {t('connectsPlan.negative')}
        </p>
      )}
    </>
  );
}
