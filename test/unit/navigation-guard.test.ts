import { describe, expect, it } from 'vitest';
import { isAppUrl } from '@main/app-protocol';
import { guardNavigation, type GuardedContents } from '@main/navigation-guard';

type Listener = (event: { url: string; preventDefault(): void }) => void;

/** A stand-in for webContents that records the handlers the guard installs. */
function guardedFake() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedContents = {
    setWindowOpenHandler: (handler) => {
      windowOpenHandler = handler;
    },
    on: (event: string, listener: Listener) => listeners.set(event, listener),
  };
  const opened: string[] = [];
  guardNavigation(contents, {
    isAppUrl: (url) => isAppUrl(url, 'http://localhost:5173'),
    openExternal: (url) => opened.push(url),
  });

  /** Fires an event as Electron would; tells whether the guard prevented it. */
  const fire = (event: string, url = 'about:blank') => {
    const listener = listeners.get(event);
    if (!listener) throw new Error(`no '${event}' listener installed`);
    let prevented = false;
    listener({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  const openWindow = (url: string) => {
    if (!windowOpenHandler) throw new Error('no window-open handler installed');
    return windowOpenHandler({ url });
  };
  return { fire, openWindow, opened };
}

describe('navigation guard', () => {
  it('keeps navigation inside the app and the dev server', () => {
    const { fire, opened } = guardedFake();
    expect(fire('will-navigate', 'app://bidwell/index.html')).toBe(false);
    expect(fire('will-navigate', 'http://localhost:5173/index.html')).toBe(false);
    expect(opened).toEqual([]);
  });

  it('refuses to navigate away and sends web links to the browser instead', () => {
    const { fire, opened } = guardedFake();
    expect(fire('will-navigate', 'https://www.upwork.com/jobs/~01')).toBe(true);
    expect(fire('will-navigate', 'http://www.upwork.com/jobs/~02')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'http://localhost:5173@evil.example/')).toBe(true);
    expect(opened).toEqual(['https://www.upwork.com/jobs/~01', 'https://www.upwork.com/jobs/~02']);
  });

  it('refuses a redirect off our origin, without opening it anywhere', () => {
    const { fire, opened } = guardedFake();
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'http://localhost:51730/')).toBe(true);
    expect(fire('will-redirect', 'http://localhost:5173/index.html')).toBe(false);
    expect(opened).toEqual([]);
  });

  it('never opens a second window; only vetted links reach the browser', () => {
    const { openWindow, opened } = guardedFake();
    for (const url of [
      'http://www.upwork.com/jobs/~01abc',
      'https://example.com/job',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://example.com/job',
      'app://bidwell/index.html',
    ]) {
      expect(openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://www.upwork.com/jobs/~01abc', 'https://example.com/job']);
  });

  it('never attaches a <webview>', () => {
    const { fire } = guardedFake();
    expect(fire('will-attach-webview')).toBe(true);
  });
});
