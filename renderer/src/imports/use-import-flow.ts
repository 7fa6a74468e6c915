import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '@shared/contract';
import type { ImportResult } from '@shared/domain/imports';
import { errorText } from '../forms/error-text';
import { useDataVersion } from '../hooks/data-version';

export type ImportState<P> =
  { step: 'choose'; message?: string } | { step: 'preview'; name: string; text: string; preview: P; error?: string };

/** What the import is doing while the user waits: main reading the rows, or writing them. */
export type ImportWork = 'checking' | 'importing' | null;

interface ImportFlowOptions<P> {
  /** Main's commit of what the preview showed (it reads the text again: nothing is trusted from here). */
  commit: (text: string, preview: P) => Promise<Result<ImportResult>>;
  /** The sentence shown once the rows are in. */
  doneMessage: (result: ImportResult) => string;
}

/**
 * Every import's one flow: choose a file, see what main would do with it (nothing written),
 * adjust and preview again if the import has options, then commit it all or nothing. A refused
 * preview goes back to the file picker with why; a refused commit keeps the preview on screen.
 * While main works (a big file takes seconds) `working` says what it does, and the panel shows
 * it and takes no second file or click.
 */
export function useImportFlow<P>({ commit, doneMessage }: ImportFlowOptions<P>) {
  const { t } = useTranslation();
  const { changed } = useDataVersion();
  const [state, setState] = useState<ImportState<P>>({ step: 'choose' });
  const [working, setWorking] = useState<ImportWork>(null);

  async function preview(name: string, text: string, read: Promise<Result<P>>) {
    setWorking('checking');
    const result = await read.finally(() => setWorking(null));
    if (!result.ok) return setState({ step: 'choose', message: errorText(t, result.error) });
    setState({ step: 'preview', name, text, preview: result.value });
  }

  async function confirm() {
    if (state.step !== 'preview' || working) return;
    setWorking('importing');
    const result = await commit(state.text, state.preview).finally(() => setWorking(null));
    if (!result.ok) return setState({ ...state, error: errorText(t, result.error) });
    changed();
    setState({ step: 'choose', message: doneMessage(result.value) });
  }

  return { state, working, preview, confirm, cancel: () => setState({ step: 'choose' }) };
}

export type ImportFlow<P> = ReturnType<typeof useImportFlow<P>>;
