import fc from 'fast-check';

// Field values near the edges the schemas and handlers care about: ids that exist, were just
// freed or never were; instants around the ones in the database and around the accepted years;
// text at and past its limit, blank, or in any script; numbers at their bounds and just past.

/** What the renderer could send at all: values that survive Electron's structured clone. */
export const anyValue = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

const badNumbers = fc.constantFrom(0, -1, 0.5, -0, Number.NaN, Infinity, -Infinity, 2 ** 31, 2 ** 53, 1e308);

/** An id: one of the rows there, one nearby (often free), or a number no row can have. */
export function idOf(existing: readonly number[]): fc.Arbitrary<number> {
  return fc.oneof(
    ...(existing.length > 0 ? [{ weight: 9, arbitrary: fc.constantFrom(...existing) }] : []),
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 60 }) },
    { weight: 1, arbitrary: fc.oneof(badNumbers, fc.constant(Number.MAX_SAFE_INTEGER)) },
  );
}

/** A whole number across [min, max] and a step beyond each bound. */
export function intAround(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 16, arbitrary: fc.integer({ min, max }) },
    { weight: 4, arbitrary: fc.constantFrom(min, max) },
    { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1) },
    { weight: 1, arbitrary: fc.oneof(badNumbers, fc.double({ min, max, noNaN: true })) },
  );
}

const DAY = 86_400_000;

/** ISO instants: near the given ones (a day either side), across the accepted years and at their edges, or not instants. */
export function instantNear(anchors: readonly string[]): fc.Arbitrary<string> {
  const near = anchors.length
    ? [
        fc
          .tuple(fc.constantFrom(...anchors), fc.integer({ min: -3 * DAY, max: 3 * DAY }))
          .map(([at, delta]) => new Date(Date.parse(at) + delta).toISOString()),
        fc.constantFrom(...anchors),
      ]
    : [];
  return fc.oneof(
    { weight: 12, arbitrary: fc.oneof(...near) },
    {
      weight: 3,
      arbitrary: fc
        .date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2105-01-01T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '2000-01-01T00:00:00.000Z',
        '1999-12-31T23:59:59.999Z',
        '2099-12-31T23:59:59.999Z',
        '2100-01-01T00:00:00.000Z',
        '2026-11-20T10:00:00+14:00',
        '2026-11-20T10:00:00-12:00',
        '2026-11-20 10:00:00',
        '2026-11-20',
        '2026-02-29T00:00:00Z',
        '2024-02-29T23:59:60Z',
        '+275760-09-13T00:00:00.000Z',
        ' 2026-11-20T10:00:00Z ',
        '',
      ),
    },
  );
}

/** "YYYY-MM-DD" days around the given ones, leap days, impossible days, other formats. */
export function localDateNear(anchors: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    instantNear(anchors).map((s) => s.slice(0, 10)),
    fc.constantFrom('2024-02-29', '2026-02-29', '2026-13-01', '2026-00-10', '0000-01-01', '9999-12-31', '26-11-20'),
  );
}

// Built once: a string arbitrary over all of Unicode indexes every code point when it is made.
const asciiText = fc.string({ minLength: 1, maxLength: 24 });
const graphemeText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const binaryText = fc.string({ unit: 'binary', maxLength: 12 });

/** Text of up to `max` characters and just past it, blank, in any script, with control characters. */
export function textUpTo(max: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: asciiText },
    { weight: 3, arbitrary: graphemeText },
    { weight: 1, arbitrary: binaryText },
    { weight: 1, arbitrary: fc.constantFrom(max - 1, max, max + 1).map((n) => 'é'.repeat(Math.max(0, n))) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', '   ', '\u0000', '\uD800', 'Robert"); DROP TABLE proposals;--', '%_\\'),
    },
  );
}

/** One of the given choices, usually; now and then a near miss. */
export function oneOf<T extends string>(choices: readonly T[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 14, arbitrary: fc.constantFrom(...choices) },
    { weight: 1, arbitrary: fc.constantFrom(...choices).map((c) => c.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom('', 'other ', 'constructor', '__proto__') },
  );
}

/** `arb`, or null, or the key left out (undefined). */
export function maybe<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> {
  return fc.oneof({ weight: 3, arbitrary: arb }, fc.constant(null), fc.constant(undefined));
}
