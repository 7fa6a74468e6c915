import { normalize, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

// The renderer is served from app://bidwell/ rather than file://: a real origin for the CSP and
// for the sender check, and no file-access flags.
export const APP_SCHEME = 'app';
const APP_HOST = 'bidwell';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // recharts and React set style attributes; no inline <style> or script is needed otherwise.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Maps an app:// URL to a file inside the renderer folder, or null if it would escape it. */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  const { pathname, host } = new URL(url);
  if (host !== APP_HOST) return null;
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = normalize(join(rendererDir, relative));
  return file.startsWith(normalize(rendererDir) + sep) ? file : null;
}

export function fileUrl(file: string): string {
  return pathToFileURL(file).toString();
}

/**
 * The dev server electron-vite announces, in development only: a packaged app ignores the
 * variable, or anyone who can set it could load their own page and be trusted with the IPC.
 */
export function devServerUrlFrom(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  return isPackaged ? undefined : env.ELECTRON_RENDERER_URL || undefined;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether an IPC message or a navigation comes from our own page: app://bidwell, or the dev
 * server's whole origin (scheme, host and port), never a string prefix of it, which
 * `http://localhost:51730` or `http://localhost:5173@evil.example` would pass.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  // app: is not a scheme Node's URL knows, so its origin reads "null": compare scheme and host.
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  const devOrigin = devServerUrl ? parseUrl(devServerUrl)?.origin : undefined;
  // An opaque "null" origin would equal every other unknown scheme's: it never counts.
  return devOrigin !== undefined && devOrigin !== 'null' && parsed.origin === devOrigin;
}
