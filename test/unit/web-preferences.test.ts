import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '@main/web-preferences';

describe("the window's webPreferences", () => {
  // toEqual, so an added enableBlinkFeatures or a dropped setting fails too.
  it('isolate and sandbox the page, with no Node, no <webview>, no insecure or experimental content', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    });
  });
});
