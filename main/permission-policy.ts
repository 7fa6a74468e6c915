import type { Logger } from './core/log';

// Web permissions the renderer may have: none. Electron grants every permission by default, so
// without these handlers a script in the page could open the camera and microphone ('media'),
// read the location, show web notifications or read the clipboard without the user knowing.
//
// What the app does instead, so nothing breaks:
// - OS notifications come from main's Notification class, which asks no web permission.
// - Copy and paste in fields (including Ctrl/Cmd+Shift+V into a focused field) are plain editing
//   commands and paste events: no permission. Only navigator.clipboard.readText() would need
//   'clipboard-read'; nothing uses it, and a feature that wants it must allow it here, on purpose.
// - Files are picked with <input type="file">, which needs no permission either.
// - Full screen is the window's menu role (main), not the page's Fullscreen API.

/** The part of Electron's Session the policy uses. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

export function denyWebPermissions(session: PermissionSession, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    // Logged so whoever adds a feature that needs one finds why it fails.
    log.warn(`Denied the web permission '${permission}'`, { requestingUrl: details.requestingUrl });
    callback(false);
  });
  // Checks come before requests (and on their own, e.g. to list devices): deny them too.
  session.setPermissionCheckHandler(() => false);
  // HID, serial and USB devices.
  session.setDevicePermissionHandler(() => false);
}
