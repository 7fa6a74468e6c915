import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseKind } from '@shared/domain/data';
import { load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useDataSource } from '../hooks/use-data-source';
import { useUserZone } from '../hooks/user-zone';
import { emptyForm } from './proposal-form-model';
import { pasteIntoDraft, type LogDraft } from './log-draft';
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
  const zone = useUserZone();
  const [drafts, setDrafts] = useState<Partial<Record<DatabaseKind, LogDraft>>>({});
  // A job post pasted from outside the form (Ctrl/Cmd+Shift+V, a paste on the page) while no
  // draft exists yet: read into the draft when it starts.
  const [pendingPaste, setPendingPaste] = useState<string | null>(null);
  const draft = kind ? drafts[kind] : undefined;

  const setDraft = useCallback(
    (values: LogDraft | undefined) => {
      if (kind) setDrafts((all) => ({ ...all, [kind]: values }));
    },
    [kind],
  );

  useEffect(() => {
    if (!open || !kind || draft) return;
    let current = true;
    // Without the defaults (a failed read) the form still opens, empty.
    const start = (values: LogDraft['values']) => {
      if (!current) return;
      const fresh = { values, filled: [] };
      const started = pendingPaste === null ? fresh : (pasteIntoDraft(fresh, pendingPaste, zone) ?? fresh);
      setDrafts((all) => ({ ...all, [kind]: all[kind] ?? started }));
      setPendingPaste(null);
    };
    load('proposals:defaults').then(
      (defaults) => start(emptyForm(defaults)),
      () => start(emptyForm()),
    );
    return () => {
      current = false;
    };
  }, [open, kind, draft, pendingPaste, zone]);

  const dialog =
    open && draft ? (
      <LogProposalDialog
        draft={draft}
        onDraftChange={setDraft}
        onPaste={(text) => {
          const pasted = pasteIntoDraft(draft, text, zone);
          if (pasted) setDraft(pasted);
          return pasted !== null;
        }}
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
  /** Opens the form with a copied job post read into it. */
  const openLogWithPaste = useCallback(
    (text: string) => {
      setOpen(true);
      if (!draft) return setPendingPaste(text); // read in once the draft starts
      const pasted = pasteIntoDraft(draft, text, zone);
      if (pasted) setDraft(pasted);
    },
    [draft, zone, setDraft],
  );
  return { openLog, openLogWithPaste, dialog };
}
