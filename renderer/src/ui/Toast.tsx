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

const Context = createContext<ToastApi>({ show: () => {} });

/** Long enough to read and reach Undo; the toast also stays while hovered or focused. */
const VISIBLE_MS = 8000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toast, setToast] = useState<(ToastMessage & { key: number }) | null>(null);
  const [paused, setPaused] = useState(false);
  // A new key per message, so a second toast replaces the first (and restarts its timer) even with the same text.
  const shown = useRef(0);
  const show = useCallback((message: ToastMessage) => setToast({ ...message, key: ++shown.current }), []);
  const api = useMemo(() => ({ show }), [show]);

  useEffect(() => {
    if (!toast || paused) return;
    const timer = setTimeout(() => setToast(null), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, paused]);

  return (
    <Context.Provider value={api}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div
            className="toast"
            key={toast.key}
            onMouseEnter={() => setPaused(true)}
            onMouseLeave={() => setPaused(false)}
            onFocus={() => setPaused(true)}
            onBlur={() => setPaused(false)}
          >
            <span>{toast.text}</span>
            {toast.action && (
              <button
                type="button"
                onClick={() => {
                  const run = toast.action!.run;
                  setToast(null);
                  void run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon" aria-label={t('common.dismiss')} onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </Context.Provider>
  );
}

export function useToast(): ToastApi {
  return useContext(Context);
}
