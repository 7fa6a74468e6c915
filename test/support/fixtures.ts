import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A fixture's text as the renderer's File.text() gives it: bytes decoded as UTF-8, bad bytes as U+FFFD. */
export function fixtureText(path: string): string {
  return new TextDecoder('utf-8').decode(readFileSync(resolve('test/fixtures', path)));
}
