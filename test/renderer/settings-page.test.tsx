import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start() {
  backend = installRealBackend();
  window.location.hash = '#/settings';
  render(<App />);
  return userEvent.setup();
}

const stored = () => backend.app.db.prepare('SELECT key, value FROM settings ORDER BY key').all();

describe('Settings screen (jsdom, real handlers on SQLite)', () => {
  it('offers the computer zone first and every zone Intl knows', async () => {
    start();
    const zone = await screen.findByLabelText('Time zone');
    const options = Array.from((zone as HTMLSelectElement).options);
    expect(options[0]!.value).toBe('');
    expect(options[0]!.textContent).toContain("This computer's zone");
    expect(options.map((o) => o.value)).toContain('Asia/Manila');
  });

  it('refuses bad values beside their fields, keeps them typed, and saves nothing', async () => {
    const user = start();
    const before = stored();
    const conversion = await screen.findByRole('group', { name: 'Many proposals, few hires' });
    const window = within(conversion).getByLabelText('Window (days)');
    await user.clear(window);
    await user.type(window, 'thirty');
    const jssRisk = within(screen.getByRole('group', { name: 'Job Success Score' })).getByLabelText(
      'At risk under (%)',
    );
    await user.clear(jssRisk);
    await user.type(jssRisk, '101');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Not saved/)).toBeInTheDocument();
    expect(window).toHaveAccessibleDescription('Enter a number');
    expect(window).toHaveValue('thirty');
    expect(stored()).toEqual(before);

    // Fixed, but at risk now above watch: the crossing is named on the field, still nothing saved.
    await user.clear(window);
    await user.type(window, '30');
    await user.clear(jssRisk);
    await user.type(jssRisk, '80');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Must be at most the watch level (75)')).toBeInTheDocument();
    expect(stored()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Fill in the default thresholds' }));
    expect(jssRisk).toHaveValue('70');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(stored()).toContainEqual({ key: 'jssAtRiskPct', value: '70' });
  });

  it('fills in only the default thresholds: the weekly plan and the stale days stay as typed', async () => {
    const user = start();
    const plan = await screen.findByRole('group', { name: 'Weekly plan' });
    const ceiling = within(plan).getByLabelText('Proposals a week, at most (ceiling)');
    const hires = within(plan).getByLabelText('Hires a week');
    const stale = screen.getByLabelText('Days without news before a proposal is listed as waiting');
    const jssRisk = within(screen.getByRole('group', { name: 'Job Success Score' })).getByLabelText(
      'At risk under (%)',
    );
    await user.clear(ceiling);
    await user.type(ceiling, '12');
    await user.clear(hires);
    await user.type(hires, '2');
    await user.clear(stale);
    await user.type(stale, '21');
    await user.clear(jssRisk);
    await user.type(jssRisk, '50');

    await user.click(screen.getByRole('button', { name: 'Fill in the default thresholds' }));
    expect(jssRisk).toHaveValue('70');
    expect(ceiling).toHaveValue('12');
    expect(hires).toHaveValue('2');
    expect(stale).toHaveValue('21');
  });
});
