import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

// The week review's plan against what happened. "Now" is Friday 2026-11-20 10:00 UTC, in UTC (a
// setting); the week reviewed is the one before, Monday 2026-11-09 to Sunday 2026-11-15.

const NOW = '2026-11-20T10:00:00.000Z';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(sent: number, ceiling: number) {
  backend = installRealBackend(NOW);
  backend.app.invoke('settings:update', {
    timeZone: 'UTC',
    weeklyProposalsMin: 4,
    weeklyProposalsMax: ceiling,
    weeklyHires: 1,
    weeklyConnectsBudget: 100,
  });
  for (let i = 0; i < sent; i++) {
    backend.app.invoke('proposals:create', {
      jobTitle: `Job ${i}`,
      sentAt: `2026-11-1${i % 5}T09:00:00.000Z`,
      connectsSpent: 10,
    });
  }
  window.location.hash = '#/weeks/2026-11-09';
  render(<App />);
}

describe("the week review's plan (jsdom, real handlers on SQLite)", () => {
  it('says volume past the ceiling without a hire in one sentence, the Connects over budget too', async () => {
    start(14, 12);
    const plan = await screen.findByRole('region', { name: 'Plan and what happened' });
    expect(plan).toHaveTextContent(
      'You sent 14 against a ceiling of 12 with no hire. 140 Connects against a budget of 100.',
    );
    expect(plan).toHaveTextContent('Proposals sent14 plan 4 to 12');
    expect(plan).toHaveTextContent('Hires0 plan 1');
    expect(plan).toHaveTextContent('Connects spent140 budget 100');
  });

  it('within the plan it says so, and nothing about Connects under budget', async () => {
    start(5, 12);
    const plan = await screen.findByRole('region', { name: 'Plan and what happened' });
    expect(plan).toHaveTextContent('You sent 5, within your plan of 4 to 12, with no hire.');
    expect(plan).not.toHaveTextContent('against a budget');
  });
});
