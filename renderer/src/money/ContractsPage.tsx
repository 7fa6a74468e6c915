import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract } from '@shared/domain/money';
import { contractRestoreInput } from '@shared/money/undo';
import { call, load } from '../api';
import { ContractDialog } from './ContractDialog';
import { useToast } from '../ui/Toast';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useUserZone } from '../hooks/user-zone';
import { useLoad } from '../hooks/use-load';
import { errorText } from '../forms/error-text';
import { contractToForm, emptyContractForm } from './money-form-model';
import { today } from '../lib/today';
import { DataTable } from '../ui/DataTable';
import { HourlyRateText, useHoursText } from '../hours/HourlyRateText';
import { shortTitle } from '../ui/short-title';

export function ContractsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const hoursText = useHoursText();
  const zone = useUserZone();
  const { version, changed } = useDataVersion();
  const contracts = useLoad(() => load('contracts:list'), [version]);
  const hired = useLoad(() => load('proposals:list', { status: 'hired', limit: 500 }), [version]);
  const [dialog, setDialog] = useState<{ editing?: Contract } | null>(null);

  async function remove(contract: Contract) {
    const result = await call('contracts:delete', { id: contract.id });
    if (!result.ok) return toast.show({ text: result.error.message });
    changed();
    toast.show({
      text: t('money.contracts.deleted', { title: shortTitle(contract.title) }),
      action: {
        label: t('common.undo'),
        run: async () => {
          const restored = await call('contracts:restore', contractRestoreInput(result.value));
          if (!restored.ok) toast.show({ text: errorText(t, restored.error) });
          changed();
        },
      },
    });
  }

  const stars = (n: number | null) => (n === null ? t('money.figures.none') : `${format.number(n, 1)}★`);
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('money.contractsTitle')}</h1>
        <button type="button" className="primary" onClick={() => setDialog({})}>
          {t('money.contracts.add')}
        </button>
      </header>
      <p className="lead">{t('money.contracts.explain')}</p>
      {contracts.state === 'error' && <p className="error">{contracts.message}</p>}
      {contracts.state === 'ready' && contracts.value.length === 0 && (
        <div className="empty">
          <p>{t('money.contracts.empty')}</p>
          <button type="button" className="primary" onClick={() => setDialog({})}>
            {t('money.contracts.add')}
          </button>
        </div>
      )}
      {contracts.state === 'ready' && contracts.value.length > 0 && (
        <DataTable
          className="money-contracts"
          columns={[
            { label: t('money.columns.client') },
            { label: t('money.columns.title') },
            { label: t('money.columns.type') },
            { label: t('money.columns.rate'), numeric: true },
            { label: t('money.columns.started') },
            { label: t('money.columns.status') },
            { label: t('money.columns.earned'), numeric: true },
            { label: t('hours.rates.columns.hours'), numeric: true },
            { label: t('hours.rates.columns.gross'), numeric: true },
            { label: t('money.columns.feedback') },
            { label: t('common.edit'), srOnly: true },
          ]}
        >
          {contracts.value.map((c) => (
            <tr key={c.id}>
              <td>{c.clientName}</td>
              <td>{c.title}</td>
              <td>{t(`money.contracts.types.${c.contractType}`)}</td>
              <td className="num">
                {c.rateCents === null ? t('money.figures.none') : format.money(c.rateCents)}
                {c.rateCents !== null && c.contractType === 'hourly' ? t('money.contracts.perHour') : ''}
              </td>
              <td className="nowrap">{format.date(c.startedAt)}</td>
              <td>{t(`money.contracts.statuses.${c.status}`)}</td>
              <td className="num">{format.money(c.earnedCents)}</td>
              <td className="num nowrap">{c.workSeconds > 0 ? hoursText(c.workSeconds) : t('money.figures.none')}</td>
              <td className="num nowrap">
                <HourlyRateText pay={{ seconds: c.workSeconds, earnedCents: c.earnedCents, feesCents: 0 }} />
              </td>
              <td className="nowrap">
                {t('money.contracts.stars', { given: stars(c.feedbackGiven), received: stars(c.feedbackReceived) })}
              </td>
              <td className="nowrap">
                <span className="row-actions">
                  <button
                    type="button"
                    className="link"
                    aria-label={t('money.contracts.editLabel', { title: c.title })}
                    onClick={() => setDialog({ editing: c })}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="link"
                    aria-label={t('money.contracts.deleteLabel', { title: c.title })}
                    onClick={() => void remove(c)}
                  >
                    {t('common.delete')}
                  </button>
                </span>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {dialog && (
        <ContractDialog
          initial={dialog.editing ? contractToForm(dialog.editing) : emptyContractForm(today(zone))}
          editing={dialog.editing}
          hired={hired.state === 'ready' ? hired.value.rows : []}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
    </section>
  );
}
