import { describe, expect, it } from 'vitest';
import { devServerUrlFrom, isAppUrl, resolveAppFile } from '@main/app-protocol';
import { databasePath } from '@main/paths';

describe('app:// protocol', () => {
  const dir = '/opt/bidwell/out/renderer';

  it('serves files inside the renderer folder', () => {
    expect(resolveAppFile(dir, 'app://bidwell/')).toBe(`${dir}/index.html`);
    expect(resolveAppFile(dir, 'app://bidwell/assets/index-abc.js')).toBe(`${dir}/assets/index-abc.js`);
  });

  it.each([
    'app://bidwell/../../etc/passwd',
    'app://bidwell/%2e%2e/%2e%2e/etc/passwd',
    'app://bidwell/assets/..%2F..%2F..%2Fsecret',
    'app://bidwell/..%5C..%5Csecret',
  ])('never resolves %s outside the renderer folder', (url) => {
    const file = resolveAppFile(dir, url);
    if (file !== null) expect(file.startsWith(`${dir}/`)).toBe(true);
  });

  it('refuses other hosts and encoded escapes', () => {
    expect(resolveAppFile(dir, 'app://other-host/index.html')).toBeNull();
    expect(resolveAppFile(dir, 'app://bidwell/assets/..%2F..%2F..%2Fsecret')).toBeNull();
  });

  it('trusts only our own origin (and the dev server when one is set)', () => {
    expect(isAppUrl('app://bidwell/index.html')).toBe(true);
    expect(isAppUrl('app://bidwell')).toBe(true);
    expect(isAppUrl('app://bidwellevil/index.html')).toBe(false);
    expect(isAppUrl('app://bidwell@evil/index.html')).toBe(false);
    expect(isAppUrl('app://bidwell:8080/index.html')).toBe(false);
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/proposals', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5173/', '')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl('not a url', 'http://localhost:5173')).toBe(false);
  });

  // Each of these starts with the dev server's address as text; none is its origin.
  it.each([
    'http://localhost:5173.evil.example/',
    'http://localhost:5173@evil.example/',
    'http://localhost:51730/',
    'https://localhost:5173/',
  ])('does not take %s for the dev server', (url) => {
    expect(isAppUrl(url, 'http://localhost:5173')).toBe(false);
  });

  it('never trusts an opaque origin as the dev server', () => {
    expect(isAppUrl('evil://anything/', 'custom://dev')).toBe(false);
    expect(isAppUrl('custom://dev/', 'custom://dev')).toBe(false);
  });

  it('uses the dev server only in an unpackaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(devServerUrlFrom(env, false)).toBe('http://localhost:5173');
    expect(devServerUrlFrom(env, true)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: '' }, false)).toBeUndefined();
  });
});

describe('database path', () => {
  it('lives in userData unless BIDWELL_DB says otherwise', () => {
    expect(databasePath('/home/ana/.config/Bidwell', {})).toBe('/home/ana/.config/Bidwell/bidwell.sqlite3');
    expect(databasePath('/x', { BIDWELL_DB: '/tmp/other.sqlite3' })).toBe('/tmp/other.sqlite3');
    expect(databasePath('/x', { BIDWELL_DB: '  ' })).toBe('/x/bidwell.sqlite3');
  });
});
