import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../ui/FilePicker';
import { FormError } from '../ui/FormError';
import { WorkInProgress } from '../ui/WorkInProgress';
import type { ImportFlow } from './use-import-flow';

interface Props<P> {
  id: string;
  title: string;
  help: string;
  flow: ImportFlow<P>;
  onFile: (text: string, name: string) => void;
  /** The commit button's words for this preview; null when there is nothing to commit. */
  commitLabel: (preview: P) => string | null;
  /** What the preview shows, above the buttons. */
  children: (preview: P, name: string, text: string) => ReactNode;
}

/** An import's panel: the file picker and the last outcome, or the preview with Import and Cancel. */
export function ImportPanel<P>({ id, title, help, flow, onFile, commitLabel, children }: Props<P>) {
  const { t } = useTranslation();
  const { state, working } = flow;
  const label = state.step === 'preview' ? commitLabel(state.preview) : null;
  const progress = working && <WorkInProgress text={t(`progress.import.${working}`)} />;
  return (
    <section className="panel" aria-labelledby={id} aria-busy={working ? true : undefined}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{help}</p>
      {state.step === 'choose' && (
        <>
          <FilePicker label={title} onText={onFile} disabled={working !== null} />
          {progress}
          {!working && state.message && <p role="status">{state.message}</p>}
        </>
      )}
      {state.step === 'preview' && (
        <div className="import-preview" role="region" aria-label={t('money.import.previewTitle', { name: state.name })}>
          {children(state.preview, state.name, state.text)}
          {progress}
          <div className="form-actions">
            {label && (
              <button type="button" className="primary" onClick={() => void flow.confirm()} disabled={working !== null}>
                {label}
              </button>
            )}
            <button type="button" onClick={flow.cancel} disabled={working !== null}>
              {t('money.import.cancel')}
            </button>
            <FormError text={state.error} />
          </div>
        </div>
      )}
    </section>
  );
}
