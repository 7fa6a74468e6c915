import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(hash: string, proposals = 0) {
  backend = installRealBackend();
  for (let i = 0; i < proposals; i++) backend.app.invoke('proposals:create', { jobTitle: `Job ${i + 1}` });
  window.location.hash = hash;
  render(<App />);
  return userEvent.setup();
}

describe('Health screen and banner (jsdom, real handlers on SQLite)', () => {
  it('shows no banner and says there is not enough data yet on an empty database, explaining each rule', async () => {
    start('#/health');
    const overall = await screen.findByTestId('health-overall');
    expect(overall).toHaveTextContent('Not enough data yet');
    expect(overall).not.toHaveTextContent('OK');
    expect(overall).not.toHaveTextContent('healthy');
    expect(screen.getByRole('region', { name: 'Level over the past weeks' })).not.toHaveTextContent('OK');
    expect(screen.queryByTestId('health-banner')).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Hire rate drop' })).toHaveTextContent('Not enough data yet');
    // The panels load their own data: wait for each rather than assume it came with the report.
    expect(await screen.findByRole('region', { name: 'JSS history' })).toHaveTextContent('No JSS recorded yet');
    expect(await screen.findByRole('region', { name: 'Waiting for an outcome' })).toHaveTextContent('Nothing waiting');
  });

  it('shows the banner on other screens while a rule is at risk, with the rules named', async () => {
    start('#/profiles', 30);
    const banner = await screen.findByTestId('health-banner');
    expect(banner).toHaveTextContent('Account health: at risk.');
    expect(banner).toHaveTextContent('Many proposals, few hires · Proposals without income');
    expect(within(banner).getByRole('link', { name: 'See why and what to do' })).toHaveAttribute('href', '#/health');
  });

  it('stores a profile-readiness tick', async () => {
    const user = start('#/health');
    const box = await screen.findByRole('checkbox', { name: /Portfolio with real work/ });
    await user.click(box);
    await screen.findByRole('checkbox', { name: /Portfolio with real work/, checked: true });
    expect(backend.app.db.prepare('SELECT item FROM profile_checklist').all()).toEqual([{ item: 'portfolio' }]);
  });
});
