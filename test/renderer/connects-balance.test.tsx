import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start() {
  backend = installRealBackend();
  const { app } = backend;
  app.setNow('2026-11-20T10:00:00.000Z');
  app.invoke('settings:update', { timeZone: 'UTC' });
  return app;
}

describe("the Connects panel: the plan's free Connects and today's balance (jsdom, real handlers)", () => {
  it('says why a negative balance is negative, and "I have N now" makes it N', async () => {
    const app = start();
    // A proposal in September spent more than three months of free Connects.
    app.invoke('proposals:create', { jobTitle: 'Logo', connectsSpent: 50, sentAt: '2026-09-10T09:00:00Z' });
    window.location.hash = '#/earnings';
    render(<App />);
    const user = userEvent.setup();
    const panel = (await screen.findByRole('heading', { name: 'Connects' })).closest('section')!;
    expect(await within(panel).findByText('Balance: -20 Connects')).toBeInTheDocument();
    expect(
      within(panel).getByText('Includes 30 free Connects from your plan (10 a month since September 2026).'),
    ).toBeInTheDocument();
    expect(within(panel).getByText("More spent than recorded: enter today's balance.")).toBeInTheDocument();

    const input = within(panel).getByLabelText('I have this many Connects now');
    await user.type(input, 'lots');
    await user.click(within(panel).getByRole('button', { name: 'Set balance' }));
    expect(await within(panel).findByText('Enter a whole number')).toBeInTheDocument();
    expect(input).toHaveValue('lots'); // nothing typed is lost

    await user.clear(input);
    await user.type(input, '62{Enter}');
    expect(await within(panel).findByText('Balance: 62 Connects')).toBeInTheDocument();
    expect(within(panel).queryByText("More spent than recorded: enter today's balance.")).not.toBeInTheDocument();
    expect(within(panel).getByText('Balance set to 62')).toBeInTheDocument();
    expect(within(panel).getByText('+82')).toBeInTheDocument();
  });
});
