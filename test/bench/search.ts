import { medianMs, round } from './figures';
import { growth } from './growth';
import type { BenchModule } from './module';
import { benchSession, ok } from './session';

// Searching the proposals list (title, skills, notes) as the list asks: the first page of 100 and
// the number of matches. Terms from the sample's vocabulary: a common one (a skill on a sixth of
// the proposals), a rarer title word, one that matches nothing, prefixes being typed (one and three
// letters read FTS5's prefix index; "dashb" and "deve" begin longer, common words, which FTS5 would
// otherwise merge in full: search-terms.ts), and two common words.
// Target (issue 15): under 50 ms at 1,000,000 proposals; the figure is the slowest term's median.

const TERMS = ['typescript', 'woocommerce store', 'no such proposal', 'dashb', 'r', 'rea', 'deve', 'react node'];
const TARGET_MS = 50;

const search: BenchModule = {
  perSize({ size, dbFile, dir, runs }) {
    const session = benchSession(dbFile, dir);
    try {
      const times = TERMS.map((term) =>
        medianMs(() => ok(session.invoke('proposals:list', { search: term, offset: 0, limit: 100 })), runs),
      );
      return [{ name: 'search_ms', size, value: round(Math.max(...times)), target: TARGET_MS }];
    } finally {
      session.close();
    }
  },
  summary: (figures) => growth(figures, 'search_ms'),
};

export default search;
