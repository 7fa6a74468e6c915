import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ToastMessage {
  text: string;
  /** An Undo (or similar) button; the toast closes when it is pressed. */
  action?: { label: string; run: () => void | Promise<void> };
}

interface ToastApi {
  show(message: ToastMessage): void;
}

type Shown = (ToastMessage & { key: number }) | null;

const Context = createContext<ToastApi>({ show: () => {} });
/** What the region draws; apart from the API so showing a toast does not re-render every caller. */
const ShownContext = createContext<{ toast: Shown; close(): void; pause(paused: boolean): void }>({
  toast: null,
  close: () => {},
  pause: () => {},
});

/** Long enough to read and reach Undo; the toast also stays while hovered or focused. */
const VISIBLE_MS = 8000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<Shown>(null);
  const [paused, setPaused] = useState(false);
  // A new key per message, so a second toast replaces the first (and restarts its timer) even with the same text.
  const shown = useRef(0);
  const show = useCallback((message: ToastMessage) => setToast({ ...message, key: ++shown.current }), []);
  const api = useMemo(() => ({ show }), [show]);
  const region = useMemo(() => ({ toast, close: () => setToast(null), pause: setPaused }), [toast]);

  useEffect(() => {
    if (!toast || paused) return;
    const timer = setTimeout(() => setToast(null), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, paused]);

  return (
    <Context.Provider value={api}>
      <ShownContext.Provider value={region}>{children}</ShownContext.Provider>
    </Context.Provider>
  );
}

/**
 * Where toasts appear: in the sidebar's own column (App puts it there), so a toast never covers
 * the chart, tile or row it talks about.
 */
export function ToastRegion() {
  const { t } = useTranslation();
  const { toast, close, pause } = useContext(ShownContext);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div
          className="toast"
          key={toast.key}
          onMouseEnter={() => pause(true)}
          onMouseLeave={() => pause(false)}
          onFocus={() => pause(true)}
          onBlur={() => pause(false)}
        >
          <span className="toast-text">{toast.text}</span>
          <span className="toast-buttons">
            {toast.action && (
              <button
                type="button"
                onClick={() => {
                  const run = toast.action!.run;
                  close();
                  void run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon" aria-label={t('common.dismiss')} onClick={close}>
              ×
            </button>
          </span>
        </div>
      )}
    </div>
  );
}

export function useToast(): ToastApi {
  return useContext(Context);
}
