import { normalize, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

// The renderer is served from app://bidwell/ rather than file://: a real origin for the CSP and
// for the sender check, and no file-access flags.
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bidwell`;

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
  if (host !== 'bidwell') return null;
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = normalize(join(rendererDir, relative));
  return file.startsWith(normalize(rendererDir) + sep) ? file : null;
}

export function fileUrl(file: string): string {
  return pathToFileURL(file).toString();
}

/** Whether an IPC message or a navigation comes from our own page. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  return devServerUrl !== undefined && devServerUrl !== '' && url.startsWith(devServerUrl);
}

/** Job URLs open in the user's browser only if they are plain web links. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
