import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../shared/contract';

function send(command: MenuCommand) {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_EVENT, command);
}

// The menu owns Ctrl/Cmd+N (an accelerator takes the key before the page sees it), so it
// forwards the command to the renderer, which opens the same form its own shortcut opens.
export function buildMenu(isMac: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Log Proposal…', accelerator: 'CmdOrCtrl+N', click: () => send('new-proposal') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&Go',
      submenu: [
        { label: 'Dashboard', accelerator: 'CmdOrCtrl+1', click: () => send('go-dashboard') },
        { label: 'Insights', accelerator: 'CmdOrCtrl+2', click: () => send('go-insights') },
        { label: 'Proposals', accelerator: 'CmdOrCtrl+3', click: () => send('go-proposals') },
        { label: 'Profiles', accelerator: 'CmdOrCtrl+4', click: () => send('go-profiles') },
        { label: 'Account Health', accelerator: 'CmdOrCtrl+5', click: () => send('go-health') },
        { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: () => send('go-settings') },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
