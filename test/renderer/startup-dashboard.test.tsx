import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import {
  askDashboardEarly,
  DEFAULT_TRAILING,
  earlyDashboardSettled,
  loadDashboard,
} from '@renderer/dashboard/startup-dashboard';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

/** Counts the page's dashboard:get calls, with their input. */
function countDashboardCalls() {
  const asked: unknown[] = [];
  const api = window.bidwell as unknown as Record<string, (input?: unknown) => Promise<unknown>>;
  const call = api['dashboard:get']!;
  api['dashboard:get'] = (input) => {
    asked.push(input);
    return call(input);
  };
  return asked;
}

/** Sample data open, the page about to start on the dashboard, its figures asked for early. */
function startingOnSampleData() {
  backend = installRealBackend();
  backend.app.invoke('data:use', { kind: 'sample' });
  const asked = countDashboardCalls();
  window.location.hash = '#/';
  askDashboardEarly({ trailing: DEFAULT_TRAILING });
  return asked;
}

describe('the dashboard asked for as the page starts (jsdom, real handlers on SQLite)', () => {
  it('shows the early answer without asking main again, and asks again for another comparison', async () => {
    const asked = startingOnSampleData();
    render(<App />);
    const tiles = await screen.findByRole('region', { name: 'This week at a glance' });
    expect(within(tiles).getAllByText(/\d/).length).toBeGreaterThan(0);
    expect(asked).toEqual([{ trailing: 4 }]);

    await userEvent.setup().selectOptions(screen.getByLabelText(/Compare with/), '8');
    await waitFor(() => expect(asked).toEqual([{ trailing: 4 }, { trailing: 8 }]));
  });

  it('draws the figures in the very first render when the early answer came before it', async () => {
    const asked = startingOnSampleData();
    await earlyDashboardSettled();
    render(<App />);
    // No waiting: the tiles are in the document as soon as the first render is.
    expect(screen.getByRole('region', { name: 'This week at a glance' })).toBeInTheDocument();
    expect(screen.queryByText(/^Week of /)).toBeInTheDocument();
    // And the screen does not ask again for what it was handed.
    await screen.findByRole('link', { name: 'See the checks' });
    expect(asked).toEqual([{ trailing: 4 }]);
  });

  it('leaves an early answer for another week unused, and hands one out only once', async () => {
    backend = installRealBackend();
    const asked = countDashboardCalls();
    askDashboardEarly({ week: '2020-01-06', trailing: 4 });
    await loadDashboard({ trailing: 4 });
    expect(asked).toEqual([{ week: '2020-01-06', trailing: 4 }, { trailing: 4 }]);

    askDashboardEarly({ trailing: 4 });
    await loadDashboard({ trailing: 4 });
    await loadDashboard({ trailing: 4 });
    expect(asked).toHaveLength(4);
  });
});
