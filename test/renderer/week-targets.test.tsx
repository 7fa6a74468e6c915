import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

// The week's plan on the dashboard. "Now" is Friday 2026-11-20 10:00 UTC, in UTC (a setting).

const NOW = '2026-11-20T10:00:00.000Z';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(sentThisWeek: number) {
  backend = installRealBackend(NOW);
  backend.app.invoke('settings:update', { timeZone: 'UTC', weeklyProposalsMin: 2, weeklyProposalsMax: 3 });
  for (let i = 0; i < sentThisWeek; i++) {
    backend.app.invoke('proposals:create', { jobTitle: `Job ${i}`, sentAt: `2026-11-1${7 + (i % 3)}T09:00:00.000Z` });
  }
  window.location.hash = '#/';
  render(<App />);
}

describe("this week's plan on the dashboard (jsdom, real handlers on SQLite)", () => {
  it('shows progress within the plan, without a warning', async () => {
    start(2);
    const plan = await screen.findByRole('region', { name: "This week's plan" });
    expect(plan).toHaveTextContent('2 sent (plan: 2 to 3)');
    expect(plan).toHaveTextContent('On plan');
    expect(within(plan).queryByRole('status')).not.toBeInTheDocument();
  });

  it('warns gently past the ceiling while the hire is behind', async () => {
    start(4);
    const plan = await screen.findByRole('region', { name: "This week's plan" });
    expect(plan).toHaveTextContent('Past your ceiling');
    expect(within(plan).getByRole('status')).toHaveTextContent(
      'You have sent more than 3 proposals this week and the hire you planned has not come yet.',
    );
  });
});
