import { describe, expect, it } from 'vitest';
import { contract } from '@shared/contract';
import { proposalFieldsSchema } from '@shared/contract/proposals';
import { toFieldErrors } from '@shared/contract/validation-errors';

function errorsFor(input: unknown) {
  const result = proposalFieldsSchema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error).map((e) => `${e.path}:${e.key}`);
}

describe('proposal fields schema', () => {
  it('needs only a job title and fills every other field with its default', () => {
    const parsed = proposalFieldsSchema.parse({ jobTitle: '  Logo design  ' });
    expect(parsed).toMatchObject({
      jobTitle: 'Logo design',
      jobUrl: null,
      skills: [],
      connectsSpent: 0,
      boostConnects: 0,
      bidCents: null,
      clientPaymentVerified: null,
    });
    expect(parsed.sentAt).toBeUndefined();
  });

  it('normalizes instants to UTC and blanks to null, and dedupes skills case-insensitively', () => {
    const parsed = proposalFieldsSchema.parse({
      jobTitle: 'x',
      sentAt: '2026-03-29T02:30:00+02:00',
      notes: '   ',
      jobUrl: '',
      skills: ['React', ' react ', 'Node.js', 'REACT'],
    });
    expect(parsed.sentAt).toBe('2026-03-29T00:30:00.000Z');
    expect(parsed.notes).toBeNull();
    expect(parsed.jobUrl).toBeNull();
    expect(parsed.skills).toEqual(['React', 'Node.js']);
  });

  // Hostile and mistaken inputs, each refused with the field it concerns and a translatable key.
  const hostile: [string, unknown, string][] = [
    ['missing title', {}, 'jobTitle:validation.required'],
    ['blank title', { jobTitle: '   ' }, 'jobTitle:validation.required'],
    ['title as number', { jobTitle: 42 }, 'jobTitle:validation.invalidType'],
    ['very long title', { jobTitle: 'x'.repeat(301) }, 'jobTitle:validation.tooLong'],
    ['javascript: URL', { jobTitle: 'x', jobUrl: 'javascript:alert(1)' }, 'jobUrl:validation.httpUrl'],
    ['file: URL', { jobTitle: 'x', jobUrl: 'file:///etc/passwd' }, 'jobUrl:validation.httpUrl'],
    ['not a URL', { jobTitle: 'x', jobUrl: 'upwork job' }, 'jobUrl:validation.httpUrl'],
    ['negative Connects', { jobTitle: 'x', connectsSpent: -1 }, 'connectsSpent:validation.tooSmall'],
    ['fractional Connects', { jobTitle: 'x', connectsSpent: 1.5 }, 'connectsSpent:validation.wholeNumber'],
    ['NaN bid', { jobTitle: 'x', bidCents: Number.NaN }, 'bidCents:validation.invalidType'],
    ['Infinity bid', { jobTitle: 'x', bidCents: Number.POSITIVE_INFINITY }, 'bidCents:validation.invalidType'],
    ['bid as string', { jobTitle: 'x', bidCents: '100' }, 'bidCents:validation.invalidType'],
    ['hire rate over 100', { jobTitle: 'x', clientHireRate: 101 }, 'clientHireRate:validation.tooBig'],
    ['rating over 5', { jobTitle: 'x', clientRating: 5.5 }, 'clientRating:validation.tooBig'],
    ['unknown job type', { jobTitle: 'x', jobType: 'salary' }, 'jobType:validation.notAllowed'],
    ['unknown source', { jobTitle: 'x', source: 'linkedin' }, 'source:validation.notAllowed'],
    ['date without offset', { jobTitle: 'x', sentAt: '2026-01-01T10:00:00' }, 'sentAt:validation.instant'],
    ['date as text', { jobTitle: 'x', sentAt: 'yesterday' }, 'sentAt:validation.instant'],
    ['date in 1970', { jobTitle: 'x', sentAt: '1970-01-01T00:00:00Z' }, 'sentAt:validation.dateOutOfRange'],
    [
      'too many skills',
      { jobTitle: 'x', skills: Array.from({ length: 51 }, (_, i) => `s${i}`) },
      'skills:validation.tooBig',
    ],
    ['empty skill', { jobTitle: 'x', skills: ['ok', ''] }, 'skills.1:validation.tooShort'],
    ['extra field', { jobTitle: 'x', isAdmin: true }, ':validation.unknownField'],
    ['prototype pollution key', JSON.parse('{"jobTitle":"x","__proto__":{"polluted":1}}'), ':validation.unknownField'],
  ];

  it.each(hostile)('refuses %s', (_name, input, expected) => {
    expect(errorsFor(input)).toContain(expected);
  });

  it('refuses a non-object input as a whole', () => {
    for (const input of [null, 'x', 42, [], undefined]) {
      expect(errorsFor(input)).toEqual([':validation.invalidType']);
    }
  });
});

describe('contract', () => {
  it('names every channel domain:action and gives each a schema', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
      expect(typeof spec.input.safeParse).toBe('function');
    }
  });

  it('accepts only the outcome statuses when recording one ("sent" is written once, at logging)', () => {
    const schema = contract['proposals:setStatus'].input;
    expect(schema.safeParse({ id: 1, status: 'hired' }).success).toBe(true);
    expect(schema.safeParse({ id: 1, status: 'sent' }).success).toBe(false);
    expect(schema.safeParse({ id: 0, status: 'hired' }).success).toBe(false);
  });
});
