// The screens reachable from the sidebar, the Go menu and Ctrl/Cmd+key, in that order. One table,
// so the menu (main) and the sidebar and shortcuts (renderer) cannot drift apart.

export const SCREENS = [
  { page: 'dashboard', key: '1', menuLabel: 'Dashboard' },
  { page: 'insights', key: '2', menuLabel: 'Insights' },
  { page: 'proposals', key: '3', menuLabel: 'Proposals' },
  { page: 'profiles', key: '4', menuLabel: 'Profiles' },
  { page: 'earnings', key: '5', menuLabel: 'Earnings' },
  { page: 'contracts', key: '6', menuLabel: 'Contracts' },
  { page: 'imports', key: '7', menuLabel: 'Import && Backup' },
  { page: 'health', key: '8', menuLabel: 'Account Health' },
  { page: 'sync', key: '9', menuLabel: 'Sync' },
  { page: 'settings', key: ',', menuLabel: 'Settings' },
] as const;

export type ScreenPage = (typeof SCREENS)[number]['page'];

/** Commands main sends to the window: a menu item, or a notification clicked (the weekly review names its week). */
export type MenuCommand = 'new-proposal' | `go:${ScreenPage}` | `review:${string}`;

export const MENU_COMMAND_EVENT = 'menu:command';
