import { describe, expect, it } from 'vitest';
import { createHandlers } from '@main/ipc/handlers';
import { InputError } from '@main/core/errors';
import { createInvoker } from '@main/ipc/invoke';
import { silentLogger, testApp } from '../support/temp-db';
import { noSecretStore } from '@main/core/secrets';

// The invoker awaits the few async handlers (a backup) and maps their failures like the others'.
describe('async channels', () => {
  function invokerWith(backup: () => Promise<never>) {
    const app = testApp();
    const logged: string[] = [];
    const handlers = {
      ...createHandlers({
        db: app.db,
        now: app.clock,
        session: app.session,
        secrets: noSecretStore,
        log: silentLogger,
      }),
      'backup:create': backup,
    };
    const invoke = createInvoker(handlers, { warn: () => {}, error: (m) => logged.push(m) });
    return { app, invoke, logged };
  }

  it('turns a rejected InputError into field errors', async () => {
    const { app, invoke, logged } = invokerWith(() =>
      Promise.reject(InputError.field('', 'validation.sampleOpen', 'no')),
    );
    await expect(invoke('backup:create', undefined)).resolves.toMatchObject({
      ok: false,
      error: { key: 'errors.invalidInput', fields: [{ key: 'validation.sampleOpen' }] },
    });
    expect(logged).toEqual([]);
    app.cleanup();
  });

  it('turns any other rejection into an unexpected error, logged', async () => {
    const { app, invoke, logged } = invokerWith(() => Promise.reject(new Error('disk full')));
    await expect(invoke('backup:create', undefined)).resolves.toMatchObject({
      ok: false,
      error: { key: 'errors.unexpected', message: 'disk full' },
    });
    expect(logged).toEqual(['Handler for backup:create failed']);
    app.cleanup();
  });

  it('still validates input before calling an async handler, answering with a Promise all the same', async () => {
    const { app, invoke } = invokerWith(() => Promise.reject(new Error('not reached')));
    const answer = invoke('backup:create', { path: '/etc' });
    expect(answer).toBeInstanceOf(Promise);
    await expect(answer).resolves.toMatchObject({ ok: false, error: { key: 'errors.invalidInput' } });
    app.cleanup();
  });

  it('refuses to restore while the sample data is open, and leaves the own file alone', () => {
    const app = testApp();
    app.invoke('data:use', { kind: 'sample' });
    expect(app.invoke('backup:restore', { name: 'bidwell-2026-11-20T100000000Z-manual.sqlite3' })).toMatchObject({
      ok: false,
      error: { fields: [{ key: 'validation.sampleOpen' }] },
    });
    app.cleanup();
  });
});
