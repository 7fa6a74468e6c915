import { describe, expect, it } from 'vitest';
import type { Logger } from '@main/core/log';
import { denyWebPermissions, type PermissionSession } from '@main/permission-policy';

type RequestHandler = Parameters<PermissionSession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<PermissionSession['setPermissionCheckHandler']>[0];
type DeviceHandler = Parameters<PermissionSession['setDevicePermissionHandler']>[0];

/** A stand-in for Electron's session that keeps the handlers the policy installs. */
function sessionWithPolicy() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: DeviceHandler } = {};
  const session: PermissionSession = {
    setPermissionRequestHandler: (handler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler) => (handlers.device = handler),
  };
  const warnings: string[] = [];
  const log: Logger = { warn: (message) => warnings.push(message), error: () => {} };
  denyWebPermissions(session, log);
  return { handlers, warnings };
}

// What a page could ask for; Electron grants each of these when no handler is set.
const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'fullscreen'];

describe('web permissions', () => {
  it.each(PERMISSIONS)("denies a '%s' request from our own page, and says so in the log", (permission) => {
    const { handlers, warnings } = sessionWithPolicy();
    const answers: boolean[] = [];
    handlers.request?.(null, permission, (granted) => answers.push(granted), {
      requestingUrl: 'app://bidwell/index.html',
    });
    expect(answers).toEqual([false]);
    expect(warnings).toEqual([`Denied the web permission '${permission}'`]);
  });

  it.each(PERMISSIONS)("answers no when the page checks for '%s'", (permission) => {
    const { handlers } = sessionWithPolicy();
    expect(handlers.check?.(null, permission)).toBe(false);
  });

  it('grants no HID, serial or USB device', () => {
    const { handlers } = sessionWithPolicy();
    expect(handlers.device?.()).toBe(false);
  });
});
