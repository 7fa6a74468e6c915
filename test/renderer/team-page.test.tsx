import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import type { Result } from '@shared/contract';
import type { SyncView } from '@shared/domain/sync';
import type { TeamView } from '@shared/domain/team';
import { installRealBackend } from './real-backend';

// The team view in jsdom over the real handlers, with the team's server stood in for: its answers
// are given here (the SQL behind them is tested on a real PostgreSQL in test/db/postgres-team.test.ts).

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

const connected: SyncView = {
  connection: { host: 'db.team.example', port: 5432, database: 'team', user: 'ana', tls: 'require', member: 'Ana' },
  hasPassword: true,
  canKeepPassword: true,
  joined: true,
  lastSyncedAt: '2026-11-20T09:30:00.000Z',
  waiting: 0,
  problem: null,
};

const ready: TeamView = {
  state: 'ready',
  weeks: [
    {
      weekStart: '2026-11-16',
      members: [
        { member: 'Ana', sent: 4, viewed: 3, interviewed: 2, hired: 1, connects: 22 },
        { member: 'Ben', sent: 2, viewed: 1, interviewed: 1, hired: 0, connects: 15 },
      ],
      total: { sent: 6, viewed: 4, interviewed: 3, hired: 1, connects: 37 },
    },
    { weekStart: '2026-11-09', members: [], total: { sent: 0, viewed: 0, interviewed: 0, hired: 0, connects: 0 } },
  ],
};

/** The real backend, with the sync status and the team's answers (in turn) given here. */
function start(hash: string, sync: SyncView | null, answers: TeamView[] = []) {
  backend = installRealBackend('2026-11-20T10:00:00.000Z');
  const asked: unknown[] = [];
  const api = window.bidwell as unknown as Record<string, (input?: unknown) => Promise<Result<unknown>>>;
  if (sync) api['sync:get'] = () => Promise.resolve({ ok: true, value: sync });
  api['team:weekly'] = (input) => {
    asked.push(input);
    return Promise.resolve({ ok: true, value: answers[Math.min(asked.length, answers.length) - 1] });
  };
  window.location.hash = hash;
  render(<App />);
  return { user: userEvent.setup(), asked };
}

describe('the team view (jsdom)', () => {
  it('has no sidebar entry and says the data stays here while sync is off', async () => {
    start('#/dashboard', null);
    expect(await screen.findByText('Your data stays on this computer.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Team' })).not.toBeInTheDocument();
  });

  it('shows each member’s week and the team’s total, once sync is on', async () => {
    const { user, asked } = start('#/dashboard', connected, [ready, ready]);
    expect(
      await screen.findByText(
        'Syncing with the team server at db.team.example; your data also stays on this computer.',
      ),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('link', { name: 'Team' }));

    const week = await screen.findByRole('region', { name: /Week of Nov 16, 2026/ });
    expect(within(week).getByText('this week')).toBeInTheDocument();
    const ana = within(week).getByRole('row', { name: /^Ana/ });
    expect(
      within(ana)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '75% (3)', '50% (2)', '25% (1)', '22']);
    const total = within(week).getByRole('row', { name: /^Team/ });
    expect(
      within(total)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['6', '67% (4)', '50% (3)', '17% (1)', '37']);
    const quiet = screen.getByRole('region', { name: /Week of Nov 9, 2026/ });
    expect(within(quiet).getByText('No proposals sent that week.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Weeks shown'), '8');
    await screen.findByRole('region', { name: /Week of Nov 16, 2026/ });
    expect(asked).toEqual([{ weeks: 4 }, { weeks: 8 }]);
  });

  it('says the figures need the server and when it last synced, and tries again on request', async () => {
    const offline: TeamView = { state: 'offline', problem: 'unreachable', lastSyncedAt: '2026-11-20T09:30:00.000Z' };
    const { user } = start('#/team', connected, [offline, ready]);
    const status = await screen.findByText(/^Team figures need the server: last synced/);
    expect(status).toHaveTextContent('Paused: cannot reach the server, retrying.');
    // The rest of the app works: the sidebar still leads everywhere.
    expect(screen.getByRole('link', { name: 'Proposals' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: /Week of Nov 16, 2026/ })).toBeInTheDocument();
  });

  it('points to the Sync screen when sync is off', async () => {
    const { user } = start('#/team', null, [{ state: 'off' }]);
    await user.click(await screen.findByRole('button', { name: 'Open the Sync screen' }));
    expect(await screen.findByRole('heading', { name: 'Sync' })).toBeInTheDocument();
  });
});
