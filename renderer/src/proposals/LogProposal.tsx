import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { emptyForm, type ProposalFormValues } from './proposal-form-model';
import { LogProposalDialog } from './LogProposalDialog';
import { useToast } from '../ui/Toast';

/**
 * The log form's state: open or not, and the draft it keeps between openings. The draft starts
 * from the last used defaults the first time the form opens after a save or a discard.
 */
export function useLogProposal() {
  const { t } = useTranslation();
  const toast = useToast();
  const { changed } = useDataVersion();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ProposalFormValues | null>(null);

  useEffect(() => {
    if (!open || draft) return;
    let current = true;
    void load('proposals:defaults').then((defaults) => {
      if (current) setDraft((kept) => kept ?? emptyForm(defaults));
    });
    return () => {
      current = false;
    };
  }, [open, draft]);

  const dialog =
    open && draft ? (
      <LogProposalDialog
        draft={draft}
        onDraftChange={setDraft}
        onClose={() => setOpen(false)}
        onDiscard={() => {
          setDraft(null);
          setOpen(false);
        }}
        onLogged={(proposal) => {
          setDraft(null);
          setOpen(false);
          changed();
          toast.show({ text: t('proposals.logged', { title: proposal.jobTitle }) });
        }}
      />
    ) : null;

  const openLog = useCallback(() => setOpen(true), []);
  return { openLog, dialog };
}
