import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

// The forecast beside each rule on the Health screen, worded from the catalogue. "Now" is a
// fixed instant in UTC (a setting), so the dates in the sentences are known.

const NOW = '2026-11-20T10:00:00.000Z';
const ago = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

describe('forecasts on the Health screen (jsdom, real handlers on SQLite)', () => {
  it('says where a watch leads, at which pace, and what turns it around', async () => {
    backend = installRealBackend(NOW);
    backend.app.db.prepare("INSERT INTO settings (key, value) VALUES ('timeZone', '\"UTC\"')").run();
    // One proposal a day for 24 days and no hire: watch, and at risk within a week at this pace.
    for (let day = 0; day < 24; day++) {
      backend.app.invoke('proposals:create', { jobTitle: `Job ${day}`, sentAt: ago(day + 0.5) });
    }
    window.location.hash = '#/health';
    render(<App />);

    const card = await screen.findByRole('article', { name: 'Many proposals, few hires' });
    const forecast = within(card).getByRole('group', { name: 'Where this is heading' });
    expect(forecast).toHaveTextContent(
      'At about 7 proposals a week with no hire, this reaches At risk around Nov 26, 2026.',
    );
    const turns = within(forecast).getByRole('list', { name: 'What turns it around' });
    expect(
      within(turns)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '2 hires within your next 16 proposals bring it back to OK.',
      'Until a hire comes, sending at most 6 proposals a week keeps it at Watch.',
    ]);
    // The JSS is not forecast by pace, and says why.
    const jss = screen.getByRole('article', { name: 'Job Success Score' });
    expect(within(jss).getByRole('group', { name: 'Where this is heading' })).toHaveTextContent(
      'not how many proposals you send',
    );
  });

  it('does not say a rule it cannot judge yet stays or keeps OK: it says when there will be a verdict', async () => {
    backend = installRealBackend(NOW);
    backend.app.db.prepare("INSERT INTO settings (key, value) VALUES ('timeZone', '\"UTC\"')").run();
    // 14 proposals over the last two weeks, two hired: under the 20 the low-conversion rule needs.
    // At that pace (7 a week, one a day) the window holds 20 six days from now, Nov 26.
    for (let day = 0; day < 14; day++) {
      const created = backend.app.invoke('proposals:create', { jobTitle: `Job ${day}`, sentAt: ago(day + 0.5) }) as {
        ok: true;
        value: { id: number };
      };
      if (day === 5 || day === 6) {
        backend.app.invoke('proposals:setStatus', { id: created.value.id, status: 'hired', occurredAt: ago(5) });
      }
    }
    window.location.hash = '#/health';
    render(<App />);

    const card = await screen.findByRole('article', { name: 'Many proposals, few hires' });
    expect(within(card).getByText('Not enough data yet')).toBeInTheDocument();
    const forecast = within(card).getByRole('group', { name: 'Where this is heading' });
    expect(forecast).toHaveTextContent(/there will be enough proposals to judge this from around Nov 26, 2026\./);
    expect(forecast).toHaveTextContent(/keeps it from reaching Watch\./);
    expect(forecast.textContent).not.toMatch(/\bOK\b/);
  });
});
