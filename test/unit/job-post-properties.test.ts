import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJobPost } from '@shared/job-post/parse';
import { TEST_NOW } from '../support/clock';
import { fixtureText } from '../support/fixtures';

// Properties of the job-post parser over generated pastes: it never throws, page chrome and
// other jobs' sections change nothing, sections can come in any order, and its time grows with
// the paste's length only (no regular expression that backtracks out of control).

const parse = (text: string) => parseJobPost(text, { now: TEST_NOW });

const FIXTURES = [
  'hourly-full.txt',
  'fixed-full.txt',
  'fixed-new-client.txt',
  'public-logged-out.txt',
  'partial-client-card.txt',
  'partial-top.txt',
  'reordered.txt',
  'locale-de.txt',
  'locale-fr-crlf.txt',
  'locale-ch.txt',
];
const fixtureLines = (name: string) => fixtureText(`job-posts/${name}`).split(/\r?\n/);

/** Lines a job page is made of, for generated pastes that reach deep into the readers. */
const PAGE_WORDS = [
  'About the client',
  'Skills and Expertise',
  "Client's recent history (3)",
  'Posted 2 hours ago',
  'Posted yesterday',
  'Hourly',
  'Fixed-price',
  '$25.00 - $50.00',
  '-',
  '$1,500.00',
  'Proposals:',
  '20 to 50',
  'Send a proposal for:',
  '16 Connects',
  'Intermediate',
  'Experience level',
  '1 to 3 months',
  'Duration',
  'Project Type: Ongoing project',
  'Payment method verified',
  '4.85 of 12 reviews',
  'Rating is 4.9 out of 5.',
  'United States',
  'Denver 8:14 AM',
  '23 jobs posted',
  '78% hire rate, 2 open jobs',
  '$12K total spent',
  '15 hires, 3 active',
  'Member since Mar 12, 2019',
  'https://www.upwork.com/jobs/~01d4e5f6a7b8c9d0e1',
];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PAGE_WORDS), fc.string({ maxLength: 30 })), { maxLength: 60 })
    .map((lines) => lines.join('\n')),
);

describe('job-post parser properties', () => {
  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { fields, ambiguous } = parse(text);
        expect(typeof fields).toBe('object');
        expect(Array.isArray(ambiguous)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  /** Buttons and links of the page, blank lines and stray spaces: any number, anywhere. */
  const chrome = fc.constantFrom(
    '',
    '   ',
    '\t',
    '\u00a0',
    'Apply now',
    'Save job',
    'Flag as inappropriate',
    'Report this job',
    'Copy link',
    'Find work',
    'Messages',
    'Upgrade your membership to see the bid range',
    'Featured Job',
  );

  it('ignores page chrome and blank lines inserted anywhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.tuple(fc.nat(), chrome), { maxLength: 12 }),
        (name, insertions) => {
          const lines = fixtureLines(name);
          for (const [position, line] of insertions) lines.splice(position % (lines.length + 1), 0, line);
          expect(parse(lines.join('\n'))).toEqual(parse(fixtureText(`job-posts/${name}`)));
        },
      ),
      { numRuns: 200 },
    );
  });

  /** Sections that describe other jobs or Upwork itself, with anything in them. */
  const otherJobsSection = fc
    .tuple(
      fc.constantFrom(
        'Explore similar jobs on Upwork',
        "Client's recent history (7)",
        'Other open jobs by this Client (2)',
      ),
      fc.array(fc.oneof(fc.constantFrom(...PAGE_WORDS.filter((w) => !isHeading(w))), fc.string({ maxLength: 40 })), {
        maxLength: 15,
      }),
    )
    .map(([heading, lines]) => [heading, ...lines.map((line) => line.replace(/[\r\n\u0085\u2028\u2029]/g, ' '))]);

  it("ignores other jobs' sections inserted before any heading", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.tuple(fc.nat(), otherJobsSection), { maxLength: 3 }),
        (name, inserts) => {
          const lines = fixtureLines(name);
          const headings = [...lines.keys()].filter((i) => isHeading(lines[i]!)).concat(lines.length);
          // Insert from the last position back so earlier positions stay valid.
          const placed = inserts.map(([n, section]) => [headings[n % headings.length]!, section] as const);
          for (const [at, section] of placed.sort((a, b) => b[0] - a[0])) lines.splice(at, 0, ...section);
          expect(parse(lines.join('\n')).fields).toEqual(parse(fixtureText(`job-posts/${name}`)).fields);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads the same fields whatever the order of the sections', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.infiniteStream(fc.nat()), (name, randomness) => {
        const [header, ...sections] = sectionsOf(fixtureLines(name));
        const shuffled = sections
          .map((section) => ({ section, key: randomness.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ section }) => section);
        const reordered = [header!, ...shuffled].flat().join('\n');
        expect(parse(reordered)).toEqual(parse(fixtureText(`job-posts/${name}`)));
      }),
      { numRuns: 200 },
    );
  });

  // Inputs built to make a careless pattern backtrack: each must parse in time proportional to
  // its 200 KB. The test's time limit is the guard; nothing here is timed strictly.
  const SIZE = 200_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));
  it.each([
    ['one long line of digits', fill('1')],
    ['digits and separators', fill('1,')],
    ['a dollar amount that never ends', `$${fill('1 ')}`],
    ['a "Posted" line that never ends', `Posted ${fill('1')}`],
    ['a job id that never ends', `https://www.upwork.com/jobs/~0${fill('a')}`],
    ['a link of dots', `upwork.com/${fill('.')}x`],
    ['brackets around a link', `${fill('(')}https://www.upwork.com/jobs/~01d4e5f6a7b8c9d0e1${fill('.')}`],
    ['field-length lines of letters', fill(`${'a'.repeat(199)}\n`)],
    ['field-length lines of figures', fill(`${'1 '.repeat(99)}\n`)],
    ['lines that almost read as a local time', fill(`${'x'.repeat(60)} 1:1\n`)],
    ['split ranges without end', fill('$1\n-\n')],
    ['labels without values', fill('Proposals:\nDuration\n')],
    ['the client card, over and over', fill('About the client\n4.85 of 12 reviews\nUnited States\nDenver 8:14 AM\n')],
  ])('parses %s (200 KB) without running away', (_, text) => {
    expect(text.length).toBeGreaterThanOrEqual(SIZE);
    expect(parse(text).fields).toBeTypeOf('object');
  });
});

/** The headings the fixtures use (the parser's own list is wider). */
function isHeading(line: string): boolean {
  return /^(?:Summary|Skills and Expertise|Preferred qualifications|Activity on this job|About the client|Job link|Client's recent history \(\d+\)|Other open jobs by this Client \(\d+\)|Explore similar jobs on Upwork|About Upwork|Footer navigation|You will be asked to answer the following questions when submitting a proposal:)$/.test(
    line,
  );
}

/** The lines before the first heading, then each heading with the lines under it. */
function sectionsOf(lines: string[]): string[][] {
  const sections: string[][] = [[]];
  for (const line of lines) {
    if (isHeading(line)) sections.push([line]);
    else sections.at(-1)!.push(line);
  }
  return sections;
}
