import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_EVENT, SCREENS, type MenuCommand } from '@shared/navigation';

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
      submenu: SCREENS.map(({ page, key, menuLabel }) => ({
        label: menuLabel,
        accelerator: `CmdOrCtrl+${key}`,
        click: () => send(`go:${page}`),
      })),
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
