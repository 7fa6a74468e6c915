import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

const count = () => backend.app.db.prepare('SELECT count(*) AS n FROM proposals').get();

describe('a job already logged', () => {
  it('is pointed out before saving, with a way to log it anyway', async () => {
    backend = installRealBackend('2026-11-20T10:00:00Z');
    backend.app.invoke('proposals:create', {
      jobTitle: 'Shopify storefront speed fixes',
      jobUrl: 'https://www.upwork.com/jobs/~01d4e5f6a7b8c9d0e1',
      sentAt: '2026-11-03T12:00:00Z',
    });
    window.location.hash = '#/proposals';
    render(<App />);
    const user = userEvent.setup();
    await screen.findByRole('row', { name: /Shopify storefront speed fixes/ });
    await user.keyboard('{Control>}n{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Log a proposal' });
    await waitFor(() => expect(within(dialog).getByLabelText('Job title')).toHaveFocus());
    await user.paste('https://www.upwork.com/freelance-jobs/apply/Shopify-speed_~01d4e5f6a7b8c9d0e1/');
    await user.type(within(dialog).getByLabelText('Job title'), 'Shopify speed, again{Enter}');

    const warning = await within(dialog).findByRole('alert');
    // Nov 3 at noon UTC: Nov 3 or 4 in the zone the suite runs in.
    expect(warning).toHaveTextContent(
      /You sent a proposal for this job on Nov [34], 2026: Shopify storefront speed fixes/,
    );
    expect(count()).toEqual({ n: 1 });
    await user.click(within(warning).getByRole('button', { name: 'Log it anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(count()).toEqual({ n: 2 });
  });
});
