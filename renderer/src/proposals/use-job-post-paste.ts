import { useEffect } from 'react';

/**
 * A job post pasted on the page itself, outside any field or dialog (Ctrl/Cmd+V or, in a
 * browser, Ctrl/Cmd+Shift+V), opens the log form with it. In Electron the menu's
 * Ctrl/Cmd+Shift+V reads the clipboard in main and sends the same command from anywhere.
 */
export function useJobPostPaste(open: (text: string) => void): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!text.trim()) return;
      event.preventDefault();
      open(text);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [open]);
}
