import { describe, expect, it } from 'vitest';
import { browserUrlFor } from '@shared/external-link';

describe('links opened in the browser', () => {
  it('opens https links as they are', () => {
    expect(browserUrlFor('https://www.upwork.com/jobs/~01abc')).toBe('https://www.upwork.com/jobs/~01abc');
    expect(browserUrlFor('https://example.com/job?id=7#top')).toBe('https://example.com/job?id=7#top');
  });

  it.each([
    ['http://www.upwork.com/jobs/~01abc', 'https://www.upwork.com/jobs/~01abc'],
    ['http://upwork.com/freelance-jobs/apply/x', 'https://upwork.com/freelance-jobs/apply/x'],
    ['HTTP://WWW.UPWORK.COM/jobs/~01', 'https://www.upwork.com/jobs/~01'],
    ['http://www.upwork.com:80/jobs/~01', 'https://www.upwork.com/jobs/~01'],
  ])("upgrades Upwork's http link %s to https", (url, expected) => {
    expect(browserUrlFor(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://host/share',
    'mailto:client@example.com',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com/job',
    'http://evilupwork.com/jobs/~01',
    'http://www.upwork.com.evil.example/jobs',
    'http://www.upwork.com:8080/jobs/~01',
    'https://www.upwork.com@evil.example/jobs',
    'https://user:secret@example.com/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(browserUrlFor(url)).toBeNull();
  });
});
