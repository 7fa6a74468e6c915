import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateProposal, Proposal } from '@shared/domain/proposal';
import { call } from '../api';
import type { LogDraft } from './log-draft';
import { marksStillTrue } from './job-post-fill';
import { Modal } from '../ui/Modal';
import { ProposalForm } from './ProposalForm';
import { DuplicateWarning } from './DuplicateWarning';

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
  // A job already logged is pointed out instead of saving, once; "Log it anyway" saves it.
  const [duplicate, setDuplicate] = useState<DuplicateProposal | null>(null);
  const loggingAnywayFor = useRef<string | null>(null);
  const form = useRef<HTMLDivElement>(null);
  return (
    <Modal title={t('proposals.form.logTitle')} onClose={onClose} wide>
      {duplicate && (
        <DuplicateWarning
          duplicate={duplicate}
          onLogAnyway={() => {
            loggingAnywayFor.current = draft.values.jobUrl;
            setDuplicate(null);
            form.current?.querySelector('form')?.requestSubmit();
          }}
        />
      )}
      <div ref={form}>
        <ProposalForm
          values={draft.values}
          onChange={(values) => {
            if (values.jobUrl !== draft.values.jobUrl) setDuplicate(null);
            onDraftChange({ values, filled: marksStillTrue(draft.filled, draft.values, values) });
          }}
          filled={draft.filled}
          onPaste={onPaste}
          onCancel={onClose}
          onDiscard={onDiscard}
          submitLabel={t('proposals.form.log')}
          onSubmit={async (input) => {
            if (input.jobUrl && loggingAnywayFor.current !== draft.values.jobUrl) {
              const same = await call('proposals:duplicateOf', { jobUrl: input.jobUrl });
              if (same.ok && same.value) {
                setDuplicate(same.value);
                return undefined; // nothing saved, nothing refused: the warning asks first
              }
            }
            const result = await call('proposals:create', input);
            if (!result.ok) return result.error;
            onLogged(result.value);
            return undefined;
          }}
        />
      </div>
    </Modal>
  );
}
