import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Proposal } from '@shared/domain/proposal';
import { value } from '../support/results';
import { testApp } from '../support/temp-db';

// "You sent a proposal for this job on Nov 3": the same Upwork job id whatever the link's shape,
// else the same link once normalised.

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00Z');
});
afterEach(() => app.cleanup());

const duplicateOf = (jobUrl: string) => app.invoke('proposals:duplicateOf', { jobUrl });

describe('proposals:duplicateOf', () => {
  it('finds the latest proposal for the same job id, whatever the link looks like', () => {
    const first = value<Proposal>(
      app.invoke('proposals:create', {
        jobTitle: 'Shopify speed',
        jobUrl: 'https://www.upwork.com/jobs/~01d4e5f6a7b8c9d0e1',
        sentAt: '2026-11-03T09:00:00Z',
      }),
    );
    for (const link of [
      'https://www.upwork.com/jobs/Shopify-speed_~01D4E5F6A7B8C9D0E1/',
      'https://www.upwork.com/freelance-jobs/apply/Shopify-speed_~01d4e5f6a7b8c9d0e1/?referrer=search',
      'upwork.com/nx/proposals/job/~01d4e5f6a7b8c9d0e1/apply/',
    ]) {
      expect(duplicateOf(link), link).toEqual({
        ok: true,
        value: { id: first.id, jobTitle: 'Shopify speed', sentAt: '2026-11-03T09:00:00.000Z' },
      });
    }
    // Another job, or a longer id that starts the same, is not the same job.
    expect(duplicateOf('https://www.upwork.com/jobs/~01aaaaaaaaaaaaaaaa')).toEqual({ ok: true, value: null });
    expect(duplicateOf('https://www.upwork.com/jobs/~01d4e5f6a7b8c9d0e1ff')).toEqual({ ok: true, value: null });
    expect(duplicateOf('')).toEqual({ ok: true, value: null });
  });

  it('compares other links without scheme, www, query, fragment, trailing slash or case', () => {
    app.invoke('proposals:create', { jobTitle: 'Direct client', jobUrl: 'https://www.Example.com/jobs/42?ref=mail' });
    expect(duplicateOf('http://example.com/jobs/42/#top')).toMatchObject({
      ok: true,
      value: { jobTitle: 'Direct client' },
    });
    expect(duplicateOf('https://example.com/jobs/4')).toEqual({ ok: true, value: null });
  });
});
