import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(hash = '#/dashboard') {
  backend = installRealBackend();
  window.location.hash = hash;
  render(<App />);
  return userEvent.setup();
}

describe('help', () => {
  it('opens the guide with F1 and from the Help menu', async () => {
    const user = start();
    await screen.findByRole('button', { name: 'Try with sample data' });
    await user.keyboard('{F1}');
    expect(await screen.findByRole('heading', { name: 'Bidwell guide', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/press Ctrl\+Shift\+V/)).toBeInTheDocument();
    window.location.hash = '#/proposals';
    await screen.findByRole('heading', { name: 'Log your first proposal' });
    backend.menu('help:guide');
    expect(await screen.findByRole('heading', { name: 'Bidwell guide', level: 1 })).toBeInTheDocument();
  });

  it('shows the version and where the data lives in About, and says when the folder cannot be opened', async () => {
    const user = start();
    await user.click(await screen.findByRole('button', { name: 'About' }));
    const about = await screen.findByRole('dialog', { name: 'About Bidwell' });
    expect(await within(about).findByText(backend.app.file)).toBeInTheDocument();
    expect(within(about).getByText('Bidwell development')).toBeInTheDocument();
    // Under Node there is no file manager: the message says where the folder is.
    await user.click(within(about).getByRole('button', { name: 'Open backups folder' }));
    expect(await within(about).findByRole('alert')).toHaveTextContent(/Bidwell could not open .*backups/);
  });
});
