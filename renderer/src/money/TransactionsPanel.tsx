import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSACTION_KINDS, type Transaction, type TransactionKind } from '@shared/domain/money';
import { transactionRestoreInput } from '@shared/money/undo';
import { call, load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useUserZone } from '../hooks/user-zone';
import { useLoad } from '../hooks/use-load';
import { emptyTransactionForm, transactionToForm } from './money-form-model';
import { today } from '../lib/today';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { useToast } from '../ui/Toast';
import { TransactionDialog } from './TransactionDialog';
import { errorText } from '../forms/error-text';
import { DataTable } from '../ui/DataTable';

const PAGE_SIZE = 100;

export function TransactionsPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const zone = useUserZone();
  const { version, changed } = useDataVersion();
  const [kind, setKind] = useState<TransactionKind | ''>('');
  const [page, setPage] = useState(0);
  const [dialog, setDialog] = useState<{ editing?: Transaction } | null>(null);
  const list = useLoad(
    () => load('transactions:list', { kind: kind || null, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
    [kind, page, version],
  );
  const contracts = useLoad(() => load('contracts:list'), [version]);

  async function remove(transaction: Transaction) {
    const result = await call('transactions:delete', { id: transaction.id });
    if (!result.ok) return toast.show({ text: result.error.message });
    changed();
    toast.show({
      text: t('money.transactions.deleted'),
      action: {
        label: t('common.undo'),
        run: async () => {
          const restored = await call('transactions:restore', transactionRestoreInput(result.value));
          if (!restored.ok) toast.show({ text: errorText(t, restored.error) });
          changed();
        },
      },
    });
  }

  const total = list.state === 'ready' ? list.value.total : 0;
  return (
    <section className="panel" aria-labelledby="transactions-title">
      <header className="page-header">
        <h2 id="transactions-title">{t('money.transactions.title')}</h2>
        <div className="toolbar">
          <ChoiceSelect
            aria-label={t('money.transactions.filterKind')}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as TransactionKind | '');
              setPage(0);
            }}
            choices={TRANSACTION_KINDS}
            labelPrefix="money.kinds"
            emptyLabel={t('money.transactions.allKinds')}
          />
          <button type="button" className="primary" onClick={() => setDialog({})}>
            {t('money.transactions.add')}
          </button>
        </div>
      </header>
      {list.state === 'error' && <p className="error">{list.message}</p>}
      {list.state === 'ready' && total === 0 && (
        <p className="muted">{kind ? t('money.transactions.noMatch') : t('money.transactions.empty')}</p>
      )}
      {list.state === 'ready' && total > 0 && (
        <>
          <DataTable
            className="money-transactions"
            pager={total > PAGE_SIZE ? { page, pageSize: PAGE_SIZE, total, onPage: setPage } : undefined}
            columns={[
              { label: t('money.columns.date') },
              { label: t('money.columns.kind') },
              { label: t('money.columns.description') },
              { label: t('money.columns.contract') },
              { label: t('money.columns.amount'), numeric: true },
              { label: t('common.edit'), srOnly: true },
            ]}
          >
            {list.value.rows.map((row) => {
              const date = format.date(row.occurredAt);
              return (
                <tr key={row.id}>
                  <td className="nowrap">{date}</td>
                  <td className="nowrap">
                    {t(`money.kinds.${row.kind}`)}
                    {row.source === 'upwork_csv' && <span className="badge">{t('money.transactions.imported')}</span>}
                  </td>
                  <td className="money-description">{row.description ?? ''}</td>
                  <td>{row.contractTitle ?? ''}</td>
                  <td className={`num nowrap ${row.amountCents < 0 ? 'money-out' : 'money-in'}`}>
                    {format.moneyColumn(row.amountCents)}
                  </td>
                  <td className="nowrap">
                    <span className="row-actions">
                      <button
                        type="button"
                        className="link"
                        aria-label={t('money.transactions.editLabel', { date })}
                        onClick={() => setDialog({ editing: row })}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="link"
                        aria-label={t('money.transactions.deleteLabel', { date })}
                        onClick={() => void remove(row)}
                      >
                        {t('common.delete')}
                      </button>
                    </span>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </>
      )}
      {dialog && (
        <TransactionDialog
          initial={dialog.editing ? transactionToForm(dialog.editing) : emptyTransactionForm(today(zone))}
          editing={dialog.editing}
          contracts={contracts.state === 'ready' ? contracts.value : []}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            changed();
            toast.show({ text: t('money.transactions.saved') });
          }}
        />
      )}
    </section>
  );
}
