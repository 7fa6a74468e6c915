// The window's webPreferences, kept out of window.ts (which imports electron) so a unit test can
// check each one. Several equal Electron's defaults today; they are spelt out so that a change of
// default, or an edit here, cannot loosen them unnoticed.
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
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
  };
}
