// Which links may leave the app for the user's browser. Main enforces it before shell.openExternal
// (Electron's checklist: never hand untrusted text to the OS's URL handler, which also runs file:,
// smb: and custom app schemes); the renderer asks the same question to show a link only when it
// will open.

const UPWORK_DOMAIN = 'upwork.com';

function isUpworkHost(hostname: string): boolean {
  return hostname === UPWORK_DOMAIN || hostname.endsWith(`.${UPWORK_DOMAIN}`);
}

/**
 * The URL to open in the user's browser for `url`, or null when it must not open: only https
 * links, except Upwork's own http links (a job link typed or pasted without the s), which are
 * upgraded to https: Upwork serves its pages over https only. Links with a user name or
 * password are refused: `https://www.upwork.com@evil.example/` reads like Upwork but goes
 * elsewhere.
 */
export function browserUrlFor(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  if (parsed.protocol === 'https:') return parsed.href;
  if (parsed.protocol === 'http:' && parsed.port === '' && isUpworkHost(parsed.hostname)) {
    parsed.protocol = 'https:';
    return parsed.href;
  }
  return null;
}
