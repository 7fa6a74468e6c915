import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

// Turns the search's words into the FTS5 MATCH expression, each word a prefix ("reac" finds React).
// FTS5 answers a prefix query it has no prefix index for ("typescript"*, "dashb"*: the index keeps
// prefixes of 1 to 3 characters only) by merging every matching word's list of rows into one list
// in memory before the first row comes out: at 1,000,000 proposals "development"* alone took about
// 180 ms. The same words written out ("development" OR "developer"), which FTS5 reads lazily,
// newest first, cost a page. So a longer word is looked up in the index's own list of words (an
// fts5vocab table, kept per connection in temp: nothing in the database file changes) and replaced
// by the words it begins. A word no longer in any proposal may still be listed; it then matches
// nothing, so the answer is the same. Only plain ASCII letters and digits are expanded: unicode61 folds those
// by lowercasing alone, so the lookup range is exact; any other word keeps FTS5's own prefix query,
// which is correct, only slower.

const VOCAB = 'temp.proposal_search_words';
const EXPANDABLE = /^[A-Za-z0-9]{4,}$/;
/** Past this many words, the spelled-out OR is no cheaper than FTS5's own prefix merge. */
const MAX_EXPANDED = 64;

const vocabReady = new WeakSet<Database>();

/**
 * The index's words that begin with `prefix` (ASCII, lowercase), up to MAX_EXPANDED + 1. Read
 * from an 'instance' fts5vocab, one row per occurrence, one word at a time (LIMIT 1, then from
 * just past it): a 'row' fts5vocab counts each word's whole list of rows first, which for
 * "development" at 1,000,000 proposals cost 39 ms, where this costs under 1 ms.
 */
function wordsBeginning(db: Database, prefix: string): string[] {
  if (!vocabReady.has(db)) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${VOCAB} USING fts5vocab(main, proposal_search, 'instance')`);
    vocabReady.add(db);
  }
  // Every word that begins with the prefix sorts between it and the prefix with its last character
  // moved one on ("deve" .. "devf"); the words are ASCII-folded, so bytes and characters agree.
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  const next = prepared<[string, string], { term: string }>(
    db,
    `SELECT term FROM ${VOCAB} WHERE term >= ? AND term < ? LIMIT 1`,
  );
  const words: string[] = [];
  let from = prefix;
  while (words.length <= MAX_EXPANDED) {
    const row = next.get(from, end);
    if (!row) break;
    words.push(row.term);
    // Just past this word: no indexed word holds U+0001 (unicode61 splits on control characters).
    from = `${row.term}\u0001`;
  }
  return words;
}

/** The MATCH expression for `words` (each already free of FTS5 syntax: letters, digits and marks only). */
export function matchExpression(db: Database, words: string[]): string {
  return words
    .map((word) => {
      // Tested before folding: toLowerCase turns a few non-ASCII letters (the Kelvin sign) into ASCII.
      if (!EXPANDABLE.test(word)) return `"${word}"*`;
      const folded = word.toLowerCase();
      const found = wordsBeginning(db, folded);
      if (found.length > MAX_EXPANDED) return `"${word}"*`;
      // No word in the index begins so: the query matches nothing, and an empty OR is not FTS5.
      if (found.length === 0) return `"${folded}"`;
      return `(${found.map((w) => `"${w}"`).join(' OR ')})`;
    })
    .join(' AND ');
}
