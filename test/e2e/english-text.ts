import type { Database } from 'better-sqlite3';
import type { Page } from 'playwright-core';

// What may stay in Latin letters on a Chinese screen: product and brand names as Chinese
// Upwork users see them (docs/i18n.md's glossary), the keys of shortcuts, and Upwork's own menu
// names where the text tells the user where to click on Upwork, whose interface is English.
export const ALLOWED_LATIN = [
  'Transaction history',
  'Weekly Summary',
  'Download CSV',
  'Top Rated',
  'Reports',
  'Find Work',
  // Upwork's paid plan, a product name (the free one is called 基础会员 in the text).
  'Freelancer Plus',
  'Bidwell',
  'Upwork',
  'Connects',
  'Connect',
  'Agency',
  'Offer',
  'Boost',
  'JSS',
  'CSV',
  'JSON',
  // The week report's file format ("另存为 PDF"), written so in Chinese too.
  'PDF',
  // Technical names the Sync screen shows as written everywhere.
  'PostgreSQL',
  'TLS',
  'US$',
  'UTC',
  'GMT',
  'Esc',
  'Enter',
];

/**
 * The user's own words as stored: job titles, skills, names, descriptions, file names. They show
 * in whatever language they were typed (the sample data is English, like most Upwork posts), so
 * the walk takes them out before looking for English. Identifiers (`hired`, `fixed`) are not
 * data to show: a screen showing one raw is a missing translation, so they are left in.
 */
export function storedTexts(db: Database): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'settings'")
    .pluck()
    .all() as string[];
  const texts = new Set<string>();
  for (const table of tables) {
    const columns = db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as {
      name: string;
      type: string;
    }[];
    for (const { name } of columns.filter((c) => c.type.toUpperCase() === 'TEXT')) {
      const values = db.prepare(`SELECT DISTINCT "${name}" FROM "${table}" WHERE typeof("${name}") = 'text'`).pluck();
      for (const value of values.all() as string[]) {
        if (/[A-Za-z]/.test(value) && !/^[a-z_]+$/.test(value)) texts.add(value.trim());
      }
    }
  }
  return [...texts];
}

/** The little of the DOM the page-side function below uses (the e2e code compiles without DOM types). */
interface PageElement {
  childNodes: Iterable<{ nodeType: number; textContent: string | null }>;
  closest(selector: string): PageElement | null;
  checkVisibility(): boolean;
  getAttribute(name: string): string | null;
}
type PageDocument = { body: { querySelectorAll(selector: string): Iterable<PageElement> } };

/**
 * Every text a person can read or hear on the page: visible text (SVG labels included), the
 * options of menus, and the labels screen readers announce (aria-label, title, placeholder, alt).
 */
export async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { body } = (globalThis as unknown as { document: PageDocument }).document;
    const texts: string[] = [];
    for (const element of body.querySelectorAll('*')) {
      // Marked as English on purpose: a language's own name in the language menu ("English").
      if (element.closest('script, style, [lang="en"]')) continue;
      if (!element.closest('option') && !element.checkVisibility()) continue;
      for (const node of element.childNodes) if (node.nodeType === 3) texts.push(node.textContent ?? '');
    }
    for (const element of body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts.map((t) => t.trim()).filter(Boolean);
  });
}

/** Written forms that are not words of any language: shortcuts, web addresses, file paths. */
const NOT_WORDS = [
  /\b(?:Ctrl|Cmd|Shift|Alt)\+\S*|⌘\S*/g,
  // Function keys named alone (the Guide's F1).
  /\bF(?:[1-9]|1[0-2])\b/g,
  /https?:\/\/\S+/g,
  /(?:[A-Za-z]:\\|\/)[\w.-]+(?:[\\/][\w.-]+)+/g,
];

/**
 * The texts with Latin letters left once the allowed names, stored data, time zones (the
 * Settings list names them as the IANA database does) and shortcuts are taken out. Names go
 * first: a zone such as "America/Argentina/La Rioja" would otherwise be cut as a file path.
 */
export function englishLeft(texts: string[], data: string[]): string[] {
  const zones = Intl.supportedValuesOf('timeZone').flatMap((z) => [z, z.replace(/_/g, ' ')]);
  const known = [...data, ...zones, ...ALLOWED_LATIN].sort((a, b) => b.length - a.length);
  const left = new Set<string>();
  for (const text of texts) {
    let rest = text;
    for (const name of known) if (rest.includes(name)) rest = rest.split(name).join(' ');
    rest = NOT_WORDS.reduce((r, pattern) => r.replace(pattern, ' '), rest);
    if (/[A-Za-z]/.test(rest)) left.add(text);
  }
  return [...left];
}
