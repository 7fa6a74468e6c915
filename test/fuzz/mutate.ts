import fc from 'fast-check';
import { anyValue } from './values';

// From near-valid to invalid one step at a time: a single field deleted, replaced by any value,
// or an unknown key added. Together with fully arbitrary values, this is what each channel gets.

type Path = (string | number)[];

/** Arrays and plain objects: what JSON-like input nests in (a Map or a boxed string is a leaf here). */
function isPlainContainer(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every place in the value a mutation could hit: the value itself and each nested key or index. */
function pathsOf(value: unknown, path: Path = [], depth = 0): Path[] {
  const paths: Path[] = [path];
  if (depth > 3 || !isPlainContainer(value)) return paths;
  for (const [key, child] of Object.entries(value)) {
    paths.push(...pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key], depth + 1));
  }
  return paths;
}

interface Mutation {
  at: number;
  kind: 'delete' | 'replace' | 'addKey';
  replacement: unknown;
  extraKey: string;
}

function apply(value: unknown, { at, kind, replacement, extraKey }: Mutation): unknown {
  const paths = pathsOf(value);
  const path = paths[at % paths.length]!;
  if (path.length === 0) return kind === 'replace' ? replacement : value;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (kind === 'replace') {
    parent[last] = replacement;
  } else if (!Array.isArray(parent)) {
    // defineProperty: "__proto__" becomes an own key, as JSON.parse or IPC would make it.
    Object.defineProperty(parent, extraKey, {
      value: replacement,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'addKey'),
  replacement: anyValue,
  extraKey: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'extra'), fc.string({ maxLength: 8 })),
});

/** What a channel is fuzzed with: mostly near-valid input, some of it mutated, some anything at all. */
export function fuzzInput(nearValid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: nearValid },
    {
      weight: 3,
      arbitrary: fc
        .tuple(nearValid, fc.array(mutation, { minLength: 1, maxLength: 3 }))
        .map(([v, ms]) => ms.reduce(apply, v)),
    },
    { weight: 1, arbitrary: anyValue },
  );
}
