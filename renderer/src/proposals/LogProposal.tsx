import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseKind } from '@shared/domain/data';
import { load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useDataSource } from '../hooks/use-data-source';
import { emptyForm, type ProposalFormValues } from './proposal-form-model';
import { LogProposalDialog } from './LogProposalDialog';
import { useToast } from '../ui/Toast';
import { shortTitle } from '../ui/short-title';

/**
 * The log form's state: open or not, and the draft it keeps between openings. The draft starts
 * from the last used defaults the first time the form opens after a save or a discard. Drafts
 * and defaults belong to the database they were made in (the user's own or the sample one): a
 * profile id or a Connects count from the sample must never reach the user's own data.
 */
export function useLogProposal() {
  const { t } = useTranslation();
  const toast = useToast();
  const { changed } = useDataVersion();
  const { kind } = useDataSource();
  const [open, setOpen] = useState(false);
  const [drafts, setDrafts] = useState<Partial<Record<DatabaseKind, ProposalFormValues>>>({});
  const draft = kind ? drafts[kind] : undefined;

  const setDraft = useCallback(
    (values: ProposalFormValues | undefined) => {
      if (kind) setDrafts((all) => ({ ...all, [kind]: values }));
    },
    [kind],
  );

  useEffect(() => {
    if (!open || !kind || draft) return;
    let current = true;
    // Without the defaults (a failed read) the form still opens, empty.
    const start = (values: ProposalFormValues) => {
      if (current) setDrafts((all) => ({ ...all, [kind]: all[kind] ?? values }));
    };
    load('proposals:defaults').then(
      (defaults) => start(emptyForm(defaults)),
      () => start(emptyForm()),
    );
    return () => {
      current = false;
    };
  }, [open, kind, draft]);

  const dialog =
    open && draft ? (
      <LogProposalDialog
        draft={draft}
        onDraftChange={setDraft}
        onClose={() => setOpen(false)}
        onDiscard={() => {
          setDraft(undefined);
          setOpen(false);
        }}
        onLogged={(proposal) => {
          setDraft(undefined);
          setOpen(false);
          changed();
          toast.show({ text: t('proposals.logged', { title: shortTitle(proposal.jobTitle) }) });
        }}
      />
    ) : null;

  const openLog = useCallback(() => setOpen(true), []);
  return { openLog, dialog };
}
