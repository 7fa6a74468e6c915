import { useEffect } from 'react';

/** Ctrl on Windows and Linux, Cmd on macOS. */
export function isModKey(event: KeyboardEvent): boolean {
  return navigator.platform.toUpperCase().includes('MAC') ? event.metaKey : event.ctrlKey;
}

/**
 * Window-wide shortcuts: "mod+n" style keys. In Electron the menu owns the same accelerators and
 * sends them as commands; these make the page work the same in a plain browser (tests).
 */
export function useShortcuts(bindings: Record<string, () => void>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const combo = `${isModKey(event) ? 'mod+' : ''}${event.key.toLowerCase()}`;
      const action = bindings[combo];
      if (!action) return;
      // Plain keys (like "/") must not fire while the user types in a field.
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (!combo.startsWith('mod+') && typing) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [bindings]);
}
