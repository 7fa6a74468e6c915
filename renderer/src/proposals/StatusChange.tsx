import { useTranslation } from 'react-i18next';
import { OUTCOME_STATUSES, type OutcomeStatus, type ProposalStatus } from '@shared/domain/proposal';
import { call } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useToast } from '../ui/Toast';
import { errorText } from '../forms/error-text';

interface StatusChangeProps {
  proposalId: number;
  status: ProposalStatus;
  label: string;
}

/** A select that records an outcome now; the toast offers Undo (deleting the new history entry). */
export function StatusChange({ proposalId, status, label }: StatusChangeProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { changed } = useDataVersion();

  async function record(next: OutcomeStatus) {
    const result = await call('proposals:setStatus', { id: proposalId, status: next });
    if (!result.ok) {
      toast.show({ text: errorText(t, result.error) });
      return;
    }
    changed();
    const added = result.value.events.filter((e) => e.status === next).at(-1);
    toast.show({
      text: t('proposals.statusRecorded', { status: t(`proposals.status.${next}`) }),
      action: added && {
        label: t('common.undo'),
        run: async () => {
          await call('proposals:deleteEvent', { eventId: added.id });
          changed();
        },
      },
    });
  }

  return (
    <select
      className={`status-select status-${status}`}
      aria-label={label}
      value={status}
      onChange={(e) => void record(e.target.value as OutcomeStatus)}
    >
      <option value={status} disabled>
        {t(`proposals.status.${status}`)}
      </option>
      {OUTCOME_STATUSES.filter((s) => s !== status).map((s) => (
        <option key={s} value={s}>
          {t('proposals.markAs', { status: t(`proposals.status.${s}`) })}
        </option>
      ))}
    </select>
  );
}
