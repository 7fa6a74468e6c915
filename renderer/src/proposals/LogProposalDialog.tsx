import { useTranslation } from 'react-i18next';
import type { Proposal } from '@shared/domain/proposal';
import { call } from '../api';
import type { LogDraft } from './log-draft';
import { marksStillTrue } from './job-post-fill';
import { Modal } from '../ui/Modal';
import { ProposalForm } from './ProposalForm';

interface LogProposalDialogProps {
  draft: LogDraft;
  onDraftChange: (draft: LogDraft) => void;
  /** Reads a pasted job post into the draft; false when the text showed nothing to fill. */
  onPaste: (text: string) => boolean;
  onClose: () => void;
  onDiscard: () => void;
  onLogged: (proposal: Proposal) => void;
}

/** Ctrl/Cmd+N from anywhere. Closing keeps the draft; only saving or "Discard draft" clears it. */
export function LogProposalDialog({
  draft,
  onDraftChange,
  onPaste,
  onClose,
  onDiscard,
  onLogged,
}: LogProposalDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal title={t('proposals.form.logTitle')} onClose={onClose} wide>
      <ProposalForm
        values={draft.values}
        onChange={(values) => onDraftChange({ values, filled: marksStillTrue(draft.filled, draft.values, values) })}
        filled={draft.filled}
        onPaste={onPaste}
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
