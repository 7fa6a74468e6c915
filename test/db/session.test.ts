import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../support/db-snapshot';
import { testApp } from '../support/temp-db';

let app: ReturnType<typeof testApp> | undefined;
afterEach(() => app?.cleanup());

describe('session', () => {
  it('switches to a separate sample database and back, never writing to the user data meanwhile', () => {
    app = testApp();
    app.invoke('proposals:create', { jobTitle: 'mine' });
    const own = snapshot(app.db);
    expect(app.invoke('data:use', { kind: 'sample' })).toEqual({ ok: true, value: { kind: 'sample' } });
    expect(app.invoke('data:current', undefined)).toEqual({ ok: true, value: { kind: 'sample' } });
    app.invoke('proposals:create', { jobTitle: 'sample only' });
    expect(app.session.fileOf('sample')).not.toBe(app.session.fileOf('own'));
    app.invoke('data:use', { kind: 'own' });
    expect(snapshot(app.db)).toEqual(own);
  });

  it('refuses an unknown database kind', () => {
    app = testApp();
    expect(app.invoke('data:use', { kind: '../../etc' })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'kind' }] },
    });
  });
});
