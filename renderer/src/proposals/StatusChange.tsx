import { useTranslation } from 'react-i18next';
import { OUTCOME_STATUSES, type OutcomeStatus, type ProposalStatus } from '@shared/domain/proposal';
import { call } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useToast } from '../ui/Toast';
import { useDeliberateSelect } from '../ui/use-deliberate-select';
import { errorText } from '../forms/error-text';

interface StatusChangeProps {
  proposalId: number;
  status: ProposalStatus;
  label: string;
}

/**
 * A select that records an outcome now; the toast offers Undo (deleting the new history entry).
 * Arrowing through it records nothing until the choice is committed (see useDeliberateSelect).
 */
export function StatusChange({ proposalId, status, label }: StatusChangeProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { changed } = useDataVersion();
  const choices = OUTCOME_STATUSES.filter((s) => s !== status);
  const statusName = (s: ProposalStatus) => t(`proposals.status.${s}`);
  const select = useDeliberateSelect<OutcomeStatus>({
    choices,
    wordsOf: (s) => [statusName(s), s],
    commit: (next) => void record(next),
  });

  async function record(next: OutcomeStatus) {
    const result = await call('proposals:setStatus', { id: proposalId, status: next });
    if (!result.ok) {
      toast.show({ text: errorText(t, result.error) });
      return;
    }
    changed();
    const added = result.value.events.filter((e) => e.status === next).at(-1);
    toast.show({
      text: t('proposals.statusRecorded', { status: statusName(next) }),
      action: added && {
        label: t('common.undo'),
        run: async () => {
          const undone = await call('proposals:deleteEvent', { eventId: added.id });
          if (!undone.ok) toast.show({ text: errorText(t, undone.error) });
          changed();
        },
      },
    });
  }

  return (
    <span className="status-change">
      <select
        className={`status-select status-${status}`}
        aria-label={label}
        value={select.pending ?? status}
        {...select.selectProps}
      >
        <option value={status} disabled>
          {statusName(status)}
        </option>
        {choices.map((s) => (
          <option key={s} value={s}>
            {t('proposals.markAs', { status: statusName(s) })}
          </option>
        ))}
      </select>
      {select.pending !== null && (
        <span className="status-pending">
          <button type="button" className="primary small" onClick={select.confirm}>
            {t('proposals.recordPending', { status: statusName(select.pending) })}
          </button>
          <button type="button" className="link" onClick={select.cancel}>
            {t('common.cancel')}
          </button>
        </span>
      )}
    </span>
  );
}
