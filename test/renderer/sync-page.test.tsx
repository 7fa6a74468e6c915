import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import type { Result } from '@shared/contract';
import type { SyncView } from '@shared/domain/sync';
import { value } from '../support/results';
import { installRealBackend } from './real-backend';

// The Sync screen after a background sync (main says so with 'sync:synced'): the status line and
// what waits are read again, the sidebar says where it syncs, and nothing typed in the form is lost.

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

const before: SyncView = {
  connection: { host: 'db.team.example', port: 5432, database: 'team', user: 'ana', tls: 'require', member: 'Ana' },
  hasPassword: true,
  canKeepPassword: true,
  joined: true,
  lastSyncedAt: null,
  waiting: 3,
  problem: 'unreachable',
};
const after: SyncView = { ...before, lastSyncedAt: '2026-11-20T09:59:00.000Z', waiting: 0, problem: null };

describe('the Sync screen after a background sync (jsdom)', () => {
  it('shows the new status and what waits, keeping what was typed', async () => {
    backend = installRealBackend('2026-11-20T10:00:00.000Z');
    let view = before;
    const api = window.bidwell as unknown as Record<string, () => Promise<Result<unknown>>>;
    api['sync:get'] = () => Promise.resolve({ ok: true, value: view });
    window.location.hash = '#/sync';
    render(<App />);
    const user = userEvent.setup();
    const status = await screen.findByText(/^Paused: cannot reach the server, retrying\./);
    expect(status).toHaveTextContent('3 changes waiting');
    await user.clear(screen.getByLabelText('Your name in the team'));
    await user.type(screen.getByLabelText('Your name in the team'), 'Ana S.');

    view = after;
    backend.menu('sync:synced');
    expect(await screen.findByText(/^Last synced .* · 0 changes waiting$/)).toBeInTheDocument();
    expect(screen.getByLabelText('Your name in the team')).toHaveValue('Ana S.');
    expect(
      screen.getByText('Syncing with the team server at db.team.example; your data also stays on this computer.'),
    ).toBeInTheDocument();
  });
});

describe('changes a background sync brings from the team (jsdom)', () => {
  it('show on the open screen when main says the sync pulled some, and not before', async () => {
    backend = installRealBackend('2026-11-20T10:00:00.000Z');
    value(backend.app.invoke('proposals:create', { jobTitle: 'Logged here' }));
    window.location.hash = '#/proposals';
    render(<App />);
    expect(await screen.findByText('Logged here')).toBeInTheDocument();

    // Written behind the window's back, as a pull does.
    value(backend.app.invoke('proposals:create', { jobTitle: 'Logged by a teammate' }));
    backend.menu('sync:synced');
    await screen.findByText('Logged here');
    expect(screen.queryByText('Logged by a teammate')).toBeNull();

    backend.menu('sync:pulled');
    expect(await screen.findByText('Logged by a teammate')).toBeInTheDocument();
  });
});
