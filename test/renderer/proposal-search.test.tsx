import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { SEARCH_COUNT_CAP } from '@main/db/proposals/search-list';
import { installRealBackend } from './real-backend';

// The proposals list's search box as the user types: word prefixes through the index, and a count
// that stops at the cap and says so ("1,000+"), with Next still leading on.

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

describe('searching the proposals list', () => {
  it('finds proposals by the start of a word and shows a capped count as "1,000+"', async () => {
    backend = installRealBackend('2026-11-20T10:00:00Z');
    const { db } = backend.app;
    const insert = db.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, connects_spent, boost_connects, status, status_at, created_at, updated_at)
       VALUES (1, @at, @title, 0, 0, 'sent', @at, @at, @at)`,
    );
    db.transaction(() => {
      for (let i = 0; i < SEARCH_COUNT_CAP + 5; i++) {
        const at = new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 60_000).toISOString();
        insert.run({ at, title: `Shopify fix ${i}` });
      }
      insert.run({ at: '2026-11-01T00:00:00.000Z', title: 'React dashboard' });
    })();
    window.location.hash = '#/proposals';
    render(<App />);
    const user = userEvent.setup();
    const box = await screen.findByRole('searchbox', { name: 'Search proposals' });

    await user.type(box, 'dash rea');
    await within(screen.getByRole('navigation', { name: 'Pages' })).findByText('1–1 of 1');
    expect(
      screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([expect.stringContaining('React dashboard')]);

    await user.clear(box);
    await user.type(box, 'shop');
    const pages = await screen.findByRole('navigation', { name: 'Pages' });
    await within(pages).findByText('1–100 of 1,000+');
    expect(within(pages).getByText('1–100 of 1,000+')).toHaveAttribute(
      'title',
      'Counting stops at 1,000 matches: narrow the search to see the exact number.',
    );
    expect(screen.getByRole('row', { name: /Shopify fix 1004/ })).toBeInTheDocument();
    expect(within(pages).getByRole('button', { name: 'Next' })).toBeEnabled();
  });
});
