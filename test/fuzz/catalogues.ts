import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The renderer's catalogues, one per language folder (en, and any other that exists): a refusal's
// keys must read as words in each, or the user sees "validation.something".

const ROOT = resolve('shared/i18n');

type Tree = { [key: string]: string | Tree };

function load(language: string): Tree {
  const folder = join(ROOT, language);
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(folder, file), 'utf8')) as Tree]),
  );
}

const catalogues = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => load(entry.name));

function lookup(tree: Tree, key: string): boolean {
  const parts = key.split('.');
  const leaf = parts.pop()!;
  let node: Tree | string | undefined = tree;
  for (const part of parts) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'object') return false;
  // A count makes i18next look for the plural forms ("importRejected_one", "_other").
  return typeof node[leaf] === 'string' || typeof node[`${leaf}_other`] === 'string';
}

/** Whether every catalogue has a text for this key. */
export function hasTranslation(key: string): boolean {
  return catalogues.every((tree) => lookup(tree, key));
}
