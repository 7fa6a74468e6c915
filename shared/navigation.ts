// The screens reachable from the sidebar, the Go menu and Ctrl/Cmd+key, in that order. One table,
// so the menu (main) and the sidebar and shortcuts (renderer) cannot drift apart; both name a
// screen by its catalogue entry common.nav.<page>.

export const SCREENS = [
  { page: 'dashboard', key: '1' },
  { page: 'insights', key: '2' },
  { page: 'proposals', key: '3' },
  { page: 'profiles', key: '4' },
  { page: 'earnings', key: '5' },
  { page: 'contracts', key: '6' },
  { page: 'imports', key: '7' },
  { page: 'health', key: '8' },
  { page: 'sync', key: '9' },
  { page: 'settings', key: ',' },
] as const;

export type ScreenPage = (typeof SCREENS)[number]['page'];

/** Commands main sends to the window: a menu item, a notification clicked (the weekly review names its week), or news. */
export type MenuCommand =
  'new-proposal' | 'paste-job-post' | `go:${ScreenPage}` | `review:${string}` | HelpCommand | SyncedCommand;

/**
 * Main tells the window a background sync ran: the sync status (last synced, waiting) is new;
 * and, when it brought changes from the team, that the data is new too.
 */
export type SyncedCommand = 'sync:synced' | 'sync:pulled';

/** The Help menu: the guide (a screen of its own) and the About box. */
export type HelpCommand = 'help:guide' | 'help:about';

export const MENU_COMMAND_EVENT = 'menu:command';

/** 'paste-job-post' carries the clipboard's text, which main reads when the shortcut is pressed. */
export const MAX_PASTE_CHARACTERS = 200_000;
