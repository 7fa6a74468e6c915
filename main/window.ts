import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, isAppUrl } from './app-protocol';
import { consoleLogger } from './core/log';
import { guardNavigation } from './navigation-guard';
import { denyWebPermissions } from './permission-policy';
import { secureWebPreferences } from './web-preferences';

export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Bidwell',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });

  window.once('ready-to-show', () => window.show());

  guardNavigation(window.webContents, {
    isAppUrl: (url) => isAppUrl(url, devServerUrl),
    openExternal: (url) => {
      shell.openExternal(url).catch((error: unknown) => consoleLogger.warn(`Could not open ${url}`, error));
    },
  });
  denyWebPermissions(window.webContents.session, consoleLogger);

  void window.loadURL(devServerUrl || `${APP_ORIGIN}/index.html`);
  return window;
}
