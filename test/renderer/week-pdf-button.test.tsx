import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import type { WeekPdfResult } from '@shared/domain/review';
import { installRealBackend } from './real-backend';

// The week review's "Save as PDF": what main answers (saved, cancelled, a full disk) is said
// where the user is looking. The real handlers run; only main's answer to this one channel is set.

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(answer: WeekPdfResult) {
  backend = installRealBackend();
  const asked: unknown[] = [];
  (window.bidwell as unknown as Record<string, (input: unknown) => Promise<unknown>>)['review:savePdf'] = async (
    input,
  ) => {
    asked.push(input);
    return { ok: true, value: answer };
  };
  window.location.hash = '#/weeks/2026-11-16';
  render(<App />);
  return { user: userEvent.setup(), asked };
}

describe('Save as PDF on the week review (jsdom)', () => {
  it('asks main for the week shown and says where the report went', async () => {
    const { user, asked } = start({ status: 'saved', path: '/home/ana/Documents/Bidwell week 2026-W47.pdf' });
    await user.click(await screen.findByRole('button', { name: 'Save as PDF' }));
    expect(await screen.findByText('Week report saved: /home/ana/Documents/Bidwell week 2026-W47.pdf')).toBeVisible();
    expect(asked).toEqual([{ week: '2026-11-16' }]);
  });

  it('a full disk is said beside the button, with the path, until the next try', async () => {
    const { user } = start({ status: 'failed', path: '/mnt/usb/week.pdf', problem: 'diskFull', detail: 'ENOSPC' });
    await user.click(await screen.findByRole('button', { name: 'Save as PDF' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The disk is full: the week report was not saved to /mnt/usb/week.pdf. Free some space and try again.',
    );
  });

  it('a cancelled dialog says nothing', async () => {
    const { user, asked } = start({ status: 'cancelled' });
    await user.click(await screen.findByRole('button', { name: 'Save as PDF' }));
    await screen.findByRole('button', { name: 'Save as PDF' });
    expect(asked).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/Week report saved/)).toBeNull();
  });
});
