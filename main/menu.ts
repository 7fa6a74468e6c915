import { BrowserWindow, clipboard, Menu, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import { MAX_PASTE_CHARACTERS, MENU_COMMAND_EVENT, SCREENS, type MenuCommand } from '@shared/navigation';

function send(command: MenuCommand, text?: string) {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_EVENT, command, text);
}

/** A screen's name as a menu label: "&" marks the access key in Electron, so a literal one is doubled. */
const literal = (text: string) => text.replace(/&/g, '&&');

// The menu owns Ctrl/Cmd+N (an accelerator takes the key before the page sees it), so it
// forwards the command to the renderer, which opens the same form its own shortcut opens.
// Every label comes from the catalogue (shared/i18n/<language>/shell.json), roles included:
// Electron names role items in English on Windows and Linux. Rebuilt when the language changes.
export function buildMenu(isMac: boolean, t: TFunction): Menu {
  const item = (role: NonNullable<MenuItemConstructorOptions['role']>, key: string): MenuItemConstructorOptions => ({
    role,
    label: t(`shell.menu.${key}`),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('shell.menu.file'),
      submenu: [
        { label: t('shell.menu.logProposal'), accelerator: 'CmdOrCtrl+N', click: () => send('new-proposal') },
        // The page cannot read the clipboard (no web permission is granted): main reads it when
        // the user presses the shortcut and hands over the text of the job post they copied.
        {
          label: t('shell.menu.logFromJobPost'),
          accelerator: 'CmdOrCtrl+Shift+V',
          click: () => send('paste-job-post', clipboard.readText().slice(0, MAX_PASTE_CHARACTERS)),
        },
        { type: 'separator' },
        isMac ? item('close', 'close') : item('quit', 'quit'),
      ],
    },
    {
      label: t('shell.menu.edit'),
      submenu: [
        item('undo', 'undo'),
        item('redo', 'redo'),
        { type: 'separator' },
        item('cut', 'cut'),
        item('copy', 'copy'),
        item('paste', 'paste'),
        item('delete', 'delete'),
        { type: 'separator' },
        item('selectAll', 'selectAll'),
      ],
    },
    {
      label: t('shell.menu.go'),
      submenu: SCREENS.map(({ page, key }) => ({
        label: literal(t(`common.nav.${page}`)),
        accelerator: `CmdOrCtrl+${key}`,
        click: () => send(`go:${page}`),
      })),
    },
    {
      label: t('shell.menu.view'),
      submenu: [
        item('reload', 'reload'),
        item('forceReload', 'forceReload'),
        item('toggleDevTools', 'devTools'),
        { type: 'separator' },
        item('resetZoom', 'actualSize'),
        item('zoomIn', 'zoomIn'),
        item('zoomOut', 'zoomOut'),
        { type: 'separator' },
        item('togglefullscreen', 'fullScreen'),
      ],
    },
    {
      label: t('shell.menu.window'),
      submenu: [item('minimize', 'minimize'), isMac ? item('zoom', 'zoom') : item('close', 'close')],
    },
    {
      role: 'help',
      label: t('shell.menu.help'),
      submenu: [
        { label: t('shell.menu.guide'), accelerator: 'F1', click: () => send('help:guide') },
        { type: 'separator' },
        { label: t('shell.menu.about'), click: () => send('help:about') },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
