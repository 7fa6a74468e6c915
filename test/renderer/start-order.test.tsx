import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

describe('starting on the dashboard (jsdom, real handlers on SQLite)', () => {
  it("asks main for the dashboard before the health banner's check", async () => {
    backend = installRealBackend();
    backend.app.invoke('data:use', { kind: 'sample' });
    const asked: string[] = [];
    const api = window.bidwell as unknown as Record<string, (input?: unknown) => Promise<unknown>>;
    for (const channel of ['dashboard:get', 'health:status'] as const) {
      const call = api[channel]!;
      api[channel] = (input) => {
        asked.push(channel);
        return call(input);
      };
    }
    window.location.hash = '#/';
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    await waitFor(() => expect(asked).toContain('health:status'));
    expect(asked.indexOf('dashboard:get')).toBeLessThan(asked.indexOf('health:status'));
  });
});
