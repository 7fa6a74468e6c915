import { browserUrlFor } from '@shared/external-link';

// Where the window may go (Electron's security checklist: limit navigation, limit new windows,
// no <webview>, openExternal only for vetted links). Pure so unit tests drive it with a fake;
// window.ts hands it the real webContents.

interface PreventableEvent {
  preventDefault(): void;
}

interface NavigationEvent extends PreventableEvent {
  url: string;
}

/** The part of Electron's WebContents the guard uses. */
export interface GuardedContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

export interface NavigationGuardOptions {
  /** Whether a URL is our own page (app://bidwell, or the dev server). */
  isAppUrl: (url: string) => boolean;
  /** Opens a vetted https URL in the user's browser (shell.openExternal). */
  openExternal: (url: string) => void;
}

export function guardNavigation(contents: GuardedContents, { isAppUrl, openExternal }: NavigationGuardOptions): void {
  const openInBrowser = (url: string) => {
    const target = browserUrlFor(url);
    if (target !== null) openExternal(target);
  };

  // No second window ever: a link with target=_blank (the job post) goes to the browser.
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });

  // The page stays on our origin; a link followed in place goes to the browser instead.
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openInBrowser(event.url);
  });

  // A server redirect (only the dev server could send one) must not carry the page off our origin
  // either. Not opened in the browser: nobody clicked that address.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });

  // The app has no <webview>; one injected into the page is never attached.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
