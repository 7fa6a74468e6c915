import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '@shared/contract';
import { registerHandlers, type IpcMainLike, type SenderEvent } from '@main/ipc/register';
import { snapshot } from '../support/db-snapshot';
import { testApp } from '../support/temp-db';

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.cleanup());

describe('profiles', () => {
  it('creates, renames and archives, keeping names unique regardless of case', () => {
    const created = app.invoke('profiles:create', { name: 'Web Design', kind: 'specialized' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Web Design', kind: 'specialized', archived: false } });
    expect(app.invoke('profiles:create', { name: 'web design' })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'name', key: 'validation.profileNameTaken' }] },
    });
    expect(app.invoke('profiles:rename', { id: 2, name: 'UX Design' })).toMatchObject({
      ok: true,
      value: { name: 'UX Design' },
    });
    expect(app.invoke('profiles:rename', { id: 2, name: 'general' })).toMatchObject({ ok: false });
    expect(app.invoke('profiles:setArchived', { id: 2, archived: true })).toMatchObject({
      ok: true,
      value: { archived: true },
    });
  });

  it('keeps at least one active profile', () => {
    const before = snapshot(app.db);
    expect(app.invoke('profiles:setArchived', { id: 1, archived: true })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'archived', key: 'validation.lastActiveProfile' }] },
    });
    expect(snapshot(app.db)).toEqual(before);
  });
});

describe('IPC registration', () => {
  function fakeIpcMain() {
    const listeners = new Map<string, (event: SenderEvent, input: unknown) => unknown>();
    const ipc: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
    return { ipc, listeners };
  }
  const trusted = (url: string) => url.startsWith('app://bidwell/');

  it('registers exactly the channels of the contract', () => {
    const { ipc, listeners } = fakeIpcMain();
    registerHandlers(ipc, app.invoke, trusted);
    expect([...listeners.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('refuses calls from any frame but our own page, before touching the database', () => {
    const { ipc, listeners } = fakeIpcMain();
    registerHandlers(ipc, app.invoke, trusted);
    const create = listeners.get('proposals:create')!;
    const before = snapshot(app.db);
    for (const senderFrame of [{ url: 'https://evil.example/' }, { url: '' }, null]) {
      expect(create({ senderFrame }, { jobTitle: 'x' })).toMatchObject({
        ok: false,
        error: { key: 'errors.untrustedSender' },
      });
    }
    expect(snapshot(app.db)).toEqual(before);
    expect(create({ senderFrame: { url: 'app://bidwell/index.html' } }, { jobTitle: 'x' })).toMatchObject({ ok: true });
  });

  it('answers an unknown channel and unexpected failures with ok: false, never a throw', () => {
    expect(app.invoke('fs:readFile', '/etc/passwd')).toMatchObject({
      ok: false,
      error: { key: 'errors.unknownChannel' },
    });
    expect(app.invoke('__proto__', {})).toMatchObject({ ok: false, error: { key: 'errors.unknownChannel' } });
    app.db.close(); // Any query now throws inside the handler.
    expect(app.invoke('proposals:list', {})).toMatchObject({ ok: false, error: { key: 'errors.unexpected' } });
  });
});
