import { useTranslation } from 'react-i18next';
import type { Proposal } from '@shared/domain/proposal';
import { call } from '../api';
import type { ProposalFormValues } from './proposal-form-model';
import { Modal } from '../ui/Modal';
import { ProposalForm } from './ProposalForm';

interface LogProposalDialogProps {
  draft: ProposalFormValues;
  onDraftChange: (values: ProposalFormValues) => void;
  onClose: () => void;
  onDiscard: () => void;
  onLogged: (proposal: Proposal) => void;
}

/** Ctrl/Cmd+N from anywhere. Closing keeps the draft; only saving or "Discard draft" clears it. */
export function LogProposalDialog({ draft, onDraftChange, onClose, onDiscard, onLogged }: LogProposalDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal title={t('proposals.form.logTitle')} onClose={onClose} wide>
      <ProposalForm
        values={draft}
        onChange={onDraftChange}
        onCancel={onClose}
        onDiscard={onDiscard}
        submitLabel={t('proposals.form.log')}
        onSubmit={async (input) => {
          const result = await call('proposals:create', input);
          if (!result.ok) return result.error;
          onLogged(result.value);
          return undefined;
        }}
      />
    </Modal>
  );
}
