// What the proposals list's search box becomes in SQL. The text is split into words the way the
// index splits them (letters, digits and their marks; everything else separates), and a proposal
// matches when every word begins a word of its title, skills, notes, category or client country,
// in any order: "reac" finds React as it is typed, "store woocommerce" finds "WooCommerce store".
// Words in Chinese, Japanese or Korean script are matched as substrings by LIKE (the index's
// unicode61 tokenizer does not split those scripts into words), and so is a query with no word at
// all ("++"), so it still finds what it says. Any text is a safe query: an index word is only
// letters, digits and marks, set inside FTS5 double quotes (search-terms.ts), and LIKE's wildcards
// are escaped.

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export interface SearchQuery {
  /** The words the index answers, each a prefix (search-terms.ts makes them a MATCH expression). */
  words: string[];
  /** LIKE patterns (escape character \) each of which must be found in one of the searched texts. */
  likes: string[];
}

/** Escapes LIKE's wildcards so a search for "100%" finds that text, not everything. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function searchQuery(text: string): SearchQuery {
  const trimmed = text.trim();
  if (!trimmed) return { words: [], likes: [] };
  const words = trimmed.match(WORD) ?? [];
  if (words.length === 0) return { words: [], likes: [likePattern(trimmed)] };
  // A CJK word keeps the characters around it that belong to the same whitespace-separated chunk
  // ("网站-开发" stays whole), so a LIKE finds what was typed.
  const cjkChunks = trimmed.split(/\s+/).filter((chunk) => CJK.test(chunk));
  const indexWords = words.filter((word) => !CJK.test(word));
  return { words: indexWords, likes: cjkChunks.map(likePattern) };
}
