import { describe, expect, it } from 'vitest';
import { shortTitle } from '@renderer/ui/short-title';

describe('shortTitle (titles quoted in toasts)', () => {
  it('keeps a title that fits', () => {
    expect(shortTitle('  Shopify speed fixes  ')).toBe('Shopify speed fixes');
  });

  it('cuts a long title at a word, with an ellipsis', () => {
    const title = 'Migrate a .NET Framework 4.8 API to ASP.NET Core 8 with tests, CI and a staged rollout plan';
    expect(shortTitle(title)).toBe('Migrate a .NET Framework 4.8 API to ASP.NET Core 8 with…');
    expect([...shortTitle('x'.repeat(10_000))]).toHaveLength(60);
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(shortTitle('😀'.repeat(100)).endsWith('😀…')).toBe(true);
  });
});
