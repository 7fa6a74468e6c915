import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { channelNames, type BidwellApi } from '@shared/contract';

// The built preload, run as Electron's sandbox runs it: a CommonJS script whose only require is
// 'electron' (stood in for here). It must expose one function per contract channel and nothing else.

const PRELOAD = resolve(process.env.BIDWELL_OUT ?? 'out', 'preload/index.cjs');

function loadPreload() {
  const exposed: Record<string, unknown> = {};
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return Promise.resolve({ ok: true, value: null });
      },
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, listener),
      removeListener: (channel: string) => listeners.delete(channel),
    },
  };
  const require = (name: string) => {
    if (name !== 'electron') throw new Error(`A sandboxed preload cannot require "${name}"`);
    return electron;
  };
  runInNewContext(readFileSync(PRELOAD, 'utf8'), { require, module: { exports: {} }, exports: {} });
  return { api: exposed.bidwell as BidwellApi, invoked, listeners };
}

describe('the built preload', () => {
  it('exposes exactly one function per channel, plus the menu listener', () => {
    const { api } = loadPreload();
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'onMenuCommand'].sort());
  });

  it('forwards each call to its own channel, and menu commands without the event object', async () => {
    const { api, invoked, listeners } = loadPreload();
    await api['proposals:create']({ jobTitle: 'x' });
    expect(invoked).toEqual([['proposals:create', { jobTitle: 'x' }]]);

    const received: unknown[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    listeners.get('menu:command')!({ sender: 'the event object must not reach the page' }, 'go:health');
    expect(received).toEqual(['go:health']);
    const pasted: unknown[] = [];
    api.onMenuCommand((command, text) => pasted.push([command, text]));
    listeners.get('menu:command')!({}, 'paste-job-post', 'Job title\nPosted 2 hours ago');
    listeners.get('menu:command')!({}, 'paste-job-post', { not: 'text' });
    expect(pasted).toEqual([
      ['paste-job-post', 'Job title\nPosted 2 hours ago'],
      ['paste-job-post', undefined],
    ]);
    unsubscribe();
    expect(listeners.has('menu:command')).toBe(false);
  });
});
