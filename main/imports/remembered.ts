// A cell reader remembered per distinct cell text, for the length of one file: an export repeats
// the same few hundred dates, types and amounts across 100,000 rows, and reading each distinct
// text once instead of once per row is much of what makes a parse quick (test/bench/imports.ts).
// Made per parse, so nothing outlives the file it was made for.

export function remembered<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      value = read(text);
      known.set(text, value);
    }
    return value as T;
  };
}
