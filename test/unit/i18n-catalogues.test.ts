import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every translation must say everything the English catalogue says, with the same placeholders:
// a missing key shows English in the middle of a Chinese screen, a missing {{count}} shows a
// sentence without its number. Plural keys differ by language on purpose: English has
// key_one/key_other, Chinese (CLDR) only key_other, so keys are compared by their base.

const I18N_DIR = 'shared/i18n';
const SOURCE = 'en';
const TRANSLATIONS = readdirSync(I18N_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== SOURCE)
  .map((entry) => entry.name);

type Catalogue = Map<string, string>; // "dashboard.tiles.sent" -> text

function flatten(value: unknown, prefix: string, into: Catalogue): Catalogue {
  if (typeof value === 'string') return into.set(prefix, value);
  if (value === null || typeof value !== 'object') throw new Error(`${prefix}: neither text nor a group`);
  for (const [key, child] of Object.entries(value)) flatten(child, `${prefix}.${key}`, into);
  return into;
}

function readCatalogue(language: string): Catalogue {
  const catalogue: Catalogue = new Map();
  for (const file of catalogueFiles(language)) {
    const json: unknown = JSON.parse(readFileSync(join(I18N_DIR, language, file), 'utf8'));
    flatten(json, file.replace(/\.json$/, ''), catalogue);
  }
  return catalogue;
}

function catalogueFiles(language: string): string[] {
  return readdirSync(join(I18N_DIR, language))
    .filter((file) => file.endsWith('.json'))
    .sort();
}

/** The plural suffixes i18next looks up in this language (what Intl.PluralRules reports). */
function pluralCategories(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

/** "a.b_other" -> base "a.b", form "other"; a key without a plural suffix has form "". */
function splitPlural(key: string, categories: string[]): { base: string; form: string } {
  const match = /^(.*)_([a-z]+)$/.exec(key);
  if (match && categories.includes(match[2]!)) return { base: match[1]!, form: match[2]! };
  return { base: key, form: '' };
}

/** base -> its forms: [""] for a plain key, the plural categories present for a plural one. */
function formsByBase(catalogue: Catalogue, language: string): Map<string, string[]> {
  const categories = pluralCategories(language);
  const bases = new Map<string, string[]>();
  for (const key of catalogue.keys()) {
    const { base, form } = splitPlural(key, categories);
    bases.set(base, [...(bases.get(base) ?? []), form].sort());
  }
  return bases;
}

/** What the code fills in or i18next parses: {{name}} (or {{name, format}}), $t(nesting), <0>tags</0>. */
function placeholders(text: string): string[] {
  const found = [
    ...[...text.matchAll(/\{\{\s*([^\s},]+)[^}]*\}\}/g)].map((m) => `{{${m[1]}}}`),
    ...[...text.matchAll(/\$t\([^)]*\)/g)].map((m) => m[0]),
    ...[...text.matchAll(/<\/?[\w-]+\s*\/?>/g)].map((m) => m[0].replace(/\s/g, '')),
  ];
  return [...new Set(found)].sort();
}

const en = readCatalogue(SOURCE);
const enBases = formsByBase(en, SOURCE);

describe('the English catalogue', () => {
  it('has no empty strings', () => {
    expect([...en].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('gives every plural key all of its English forms', () => {
    const incomplete = [...enBases].filter(([, forms]) => forms[0] !== '' && forms.join() !== 'one,other');
    expect(incomplete).toEqual([]);
  });
});

describe.each(TRANSLATIONS)('the %s catalogue', (language) => {
  const translation = readCatalogue(language);
  const bases = formsByBase(translation, language);
  const categories = pluralCategories(language);
  const isPlural = (forms: string[]) => forms[0] !== '';

  it('has the same files as English', () => {
    expect(catalogueFiles(language)).toEqual(catalogueFiles(SOURCE));
  });

  it('has every English key and no other (plural keys compared by their base)', () => {
    const missing = [...enBases.keys()].filter((base) => !bases.has(base));
    const extra = [...bases.keys()].filter((base) => !enBases.has(base));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it(`uses the plural forms of ${language} where English has plurals, and only there`, () => {
    const wrong = [...enBases]
      .filter(([base]) => bases.has(base))
      .map(([base, enForms]) => ({ base, expected: isPlural(enForms) ? categories : [''], found: bases.get(base) }))
      .filter(({ expected, found }) => expected.join() !== found?.join());
    expect(wrong).toEqual([]);
  });

  it('keeps the placeholders and tags of the English text, key by key', () => {
    const differing = [...translation].flatMap(([key, text]) => {
      const { base, form } = splitPlural(key, categories);
      // A form English lacks (Chinese "other" standing for every number) answers to English "other".
      const english = en.get(key) ?? en.get(`${base}_${form}`) ?? en.get(`${base}_other`);
      if (english === undefined) return [];
      const expected = placeholders(english);
      const found = placeholders(text);
      return expected.join() === found.join() ? [] : [{ key, expected, found }];
    });
    expect(differing).toEqual([]);
  });

  it('has no empty strings', () => {
    expect([...translation].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});

describe('the zh-CN catalogue', () => {
  const zh = readCatalogue('zh-CN');
  // Left in English, as Chinese freelancers write them (docs/i18n.md), or never translated.
  const PRODUCT_NAMES = /Top Rated|Upwork|Connects?|JSS|Boost|Offer|Bidwell|CSV|JSON|UTF-8|KB|MB/g;
  const SHORTCUTS = /(?:Ctrl|⌘)\+?(?:\{\{\w+\}\}|\w)?/g;

  it('is written in Chinese: a string without Han characters holds only product names, shortcuts, symbols and placeholders', () => {
    const english = [...zh].filter(([, text]) => {
      if (/\p{Script=Han}/u.test(text)) return false;
      const rest = text
        .replace(/\{\{[^}]*\}\}/g, '')
        .replace(SHORTCUTS, '')
        .replace(PRODUCT_NAMES, '');
      return /[A-Za-z]/.test(rest);
    });
    expect(english).toEqual([]);
  });

  it('uses full-width punctuation next to Chinese text', () => {
    const halfWidth = [...zh].filter(([, text]) => /\p{Script=Han}[,:;!?()]|[,:;!?()]\p{Script=Han}/u.test(text));
    expect(halfWidth).toEqual([]);
  });
});
