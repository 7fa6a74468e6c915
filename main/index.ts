import { app, BrowserWindow, dialog, ipcMain, Menu, net, Notification, protocol, safeStorage, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { systemClock } from '@shared/clock';
import { MENU_COMMAND_EVENT, type MenuCommand } from '@shared/contract';
import {
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  devServerUrlFrom,
  fileUrl,
  isAppUrl,
  resolveAppFile,
} from './app-protocol';
import { scheduleAutomaticBackups } from './backup/auto';
import { HealthWatcher } from './health/notifier';
import { MainLanguage } from './i18n/translator';
import { chromiumLocale } from './i18n/chromium-locale';
import { readStoredLanguage } from './db/settings/stored-language';
import { createWeeklyReview } from './review/notifier';
import { createWeekPdfSaver, paperFor } from './review/week-pdf';
import { registerHandlers } from './ipc/register';
import { storageProblem } from './ipc/storage-errors';
import { consoleLogger } from './core/log';
import { buildMenu } from './menu';
import { databasePath, electronSqliteBinding } from './paths';
import { Session } from './session';
import { scheduleSync } from './sync/auto-sync';
import { createMainWindow } from './window';

// The Electron shell: everything that needs `electron` lives here and in window.ts / menu.ts,
// so the rest of main (database, handlers, IPC helper) runs under plain Node in tests.

const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);
const rendererDir = join(import.meta.dirname, '../renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function serveRenderer() {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(fileUrl(file));
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}

/** An OS notification whose click brings the window up and runs `command` (the screen to open). */
function showNotification(title: string, body: string, command: MenuCommand) {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title, body });
  notification.on('click', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    window.webContents.send(MENU_COMMAND_EVENT, command);
  });
  notification.show();
}

// Main's words (menu, notifications, dialogs) follow the language setting; "System" is the OS's
// own list, which on macOS names the script ("zh-Hans-CN"), unlike app.getLocale().
const language = new MainLanguage(
  () => app.getPreferredSystemLanguages(),
  () => Menu.setApplicationMenu(buildMenu(process.platform === 'darwin', language.i18n.t)),
);

// Account-health notifications: the decisions live in health/notifier.ts; only the OS call is here.
// A click opens the Health screen, where the reasons are.
const healthWatcher = new HealthWatcher({
  notify: (title, body) => showNotification(title, body, 'go:health'),
  t: language.i18n.t,
  now: systemClock,
  log: consoleLogger,
});
// The weekly review: review/notifier.ts decides; a click opens the review of the week it names.
const weeklyReview = createWeeklyReview({
  notify: (title, body, week) => showNotification(title, body, `review:${week}`),
  i18n: language.i18n,
  now: systemClock,
  log: consoleLogger,
});
// The week report: review/week-pdf.ts decides the name, the paper and what a failure means; only
// the window's printToPDF and the save dialog are here. The page prints with renderer/src/print.css.
const saveWeekPdf = createWeekPdfSaver({
  printToPdf: async (paper) => {
    const window = BrowserWindow.getAllWindows()[0];
    if (!window) throw new Error('No window to print');
    return window.webContents.printToPDF({ pageSize: paper, printBackground: true });
  },
  chooseFile: async ({ title, defaultName, filterName }) => {
    const window = BrowserWindow.getAllWindows()[0];
    const options = {
      title,
      defaultPath: join(app.getPath('documents'), defaultName),
      filters: [{ name: filterName, extensions: ['pdf'] }],
    };
    const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  },
  writeFile: (path, data) => writeFile(path, data),
  t: (key, params) => language.i18n.t(key, params),
  get paper() {
    return paperFor(app.getLocaleCountryCode());
  },
});
/** How often the review's moment is looked for: a plain interval survives sleep and clock changes. */
const REVIEW_CHECK_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

function openSessionOrExplain() {
  const file = databasePath(app.getPath('userData'));
  try {
    return new Session({
      ownFile: file,
      sampleFile: join(app.getPath('userData'), 'bidwell-sample.sqlite3'),
      openOptions: { nativeBinding: electronSqliteBinding(app.getAppPath(), process.resourcesPath, app.isPackaged) },
      now: systemClock,
      log: consoleLogger,
      // The sync password, encrypted by the system's keychain (docs/sync.md).
      secrets: {
        canEncrypt: () => safeStorage.isEncryptionAvailable(),
        encrypt: (text) => safeStorage.encryptString(text),
        decrypt: (data) => safeStorage.decryptString(data),
      },
      desktop: {
        version: app.getVersion(),
        openFolder: async (folder) => {
          const problem = await shell.openPath(folder); // "" when it opened
          if (problem) throw new Error(problem);
        },
        saveWeekPdf,
      },
      afterCall: (db, kind) => {
        // Before the health check, so a notification it raises is in the language just chosen.
        followLanguage(db);
        healthWatcher.afterCall(db, kind);
      },
    });
  } catch (error) {
    // A full disk or a read-only file gets words that say what to do, not SQLite's.
    const problem = storageProblem(error);
    const { t } = language.i18n;
    const why = problem ? t(`common.errors.${problem}`) : (error as Error).message;
    dialog.showErrorBox(t('shell.databaseError'), `${file}\n\n${why}`);
    app.exit(1);
    throw error;
  }
}

function followLanguage(db: Database) {
  try {
    language.follow(db);
  } catch (error) {
    // Like the health check: reading the setting must never fail the user's action.
    consoleLogger.error('Could not read the language setting', error);
  }
}

function start() {
  serveRenderer();
  const session = openSessionOrExplain();
  registerHandlers(ipcMain, session.invoke, (url) => isAppUrl(url, devServerUrl));
  const stopBackups = scheduleAutomaticBackups(session, consoleLogger, systemClock);
  // After a background sync the Sync screen and the sidebar read the new status; when it brought
  // changes from the team, every screen reads its data again.
  scheduleSync(session, (pulled) => {
    const window = BrowserWindow.getAllWindows()[0]?.webContents;
    window?.send(MENU_COMMAND_EVENT, 'sync:synced');
    if (pulled > 0) window?.send(MENU_COMMAND_EVENT, 'sync:pulled');
  });
  Menu.setApplicationMenu(buildMenu(process.platform === 'darwin', language.i18n.t));
  followLanguage(session.db);
  healthWatcher.check(session.db, session.kind);
  setInterval(() => healthWatcher.check(session.db, session.kind), DAY_MS).unref();
  weeklyReview.check(session.db, session.kind);
  setInterval(() => weeklyReview.check(session.db, session.kind), REVIEW_CHECK_MS).unref();

  let window = createMainWindow(devServerUrl);
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createMainWindow(devServerUrl);
  });
  app.on('will-quit', () => {
    stopBackups();
    session.close();
  });
}

// Chromium's own UI (the parts of date and time inputs, their pickers) speaks the locale it is
// started in, which must be set before the app is ready: the stored language, or the system's.
const locale = chromiumLocale(
  readStoredLanguage(
    databasePath(app.getPath('userData')),
    electronSqliteBinding(app.getAppPath(), process.resourcesPath, app.isPackaged),
  ),
);
if (locale) app.commandLine.appendSwitch('lang', locale);

// One Bidwell at a time: a second launch focuses the first window instead of opening the
// database again.
if (app.requestSingleInstanceLock()) void app.whenReady().then(start);
else app.quit();

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
