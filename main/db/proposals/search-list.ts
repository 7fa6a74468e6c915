import type { Database } from 'better-sqlite3';
import type { ProposalListRow, ProposalPage } from '@shared/domain/proposal';
import { prepared } from '../statements';
import { SECOND_SPAN } from './search-index';

// A page of the proposals list for a search the index answers (search-index.ts). One pass over
// the index, newest first (its rowid is the sent second, then the id), joined to the list's other
// filters, reads at most `cap + 1` matches: that is both the count (capped) and the candidates for
// the page. The index orders by the second sent; the list orders by the millisecond and then id,
// so the proposals sharing the page's last second are all fetched and the exact order is SQL's.

/**
 * Matches are counted only up to SEARCH_COUNT_CAP (or to the end of the page asked for, if
 * further): counting all 300,000 proposals that mention a common skill would cost more than the
 * search. The page says so (totalCapped) and the list shows "1,000+".
 */
export const SEARCH_COUNT_CAP = 1000;

export interface IndexedSearch {
  /** The FTS5 MATCH expression. */
  match: string;
  /** The list's other conditions on `p` (proposals), and their parameters. */
  where: string[];
  params: Record<string, string | number>;
  offset: number;
  limit: number;
  /** `SELECT … FROM proposals p JOIN profiles pr …` for the page's rows, without WHERE. */
  rowsFrom: string;
}

export function indexedSearchPage(db: Database, q: IndexedSearch): ProposalPage {
  const cap = Math.max(SEARCH_COUNT_CAP, q.offset + q.limit);
  const conditions = ['proposal_search MATCH @match', ...q.where].join(' AND ');
  // Without other filters the index alone answers (reading 1,000 proposals rows costs ~20 ms at 1M).
  const from = q.where.length
    ? `FROM proposal_search f JOIN proposals p ON p.id = (f.rowid & ${SECOND_SPAN - 1}) WHERE ${conditions}`
    : `FROM proposal_search f WHERE ${conditions}`;
  const id = `(f.rowid & ${SECOND_SPAN - 1})`;
  const params = { ...q.params, match: q.match };
  const found = prepared<[object], { id: number; second: number }>(
    db,
    `SELECT ${id} AS id, f.rowid >> 30 AS second ${from} ORDER BY f.rowid DESC LIMIT @n`,
  ).all({ ...params, n: cap + 1 });

  const end = q.offset + q.limit;
  const ids = found.slice(0, end).map((r) => r.id);
  if (found.length > end) {
    const last = found[end - 1]!.second;
    const sameSecond = prepared<[object], { id: number }>(
      db,
      // The bounds are computed in SQL: keys pass 2^53, past what a JavaScript number holds exactly.
      `SELECT ${id} AS id ${from} AND f.rowid BETWEEN (@second << 30) AND (@second << 30) + ${SECOND_SPAN - 1}`,
    ).all({ ...params, second: last });
    ids.push(...sameSecond.map((r) => r.id));
  }
  const rows = prepared<[object], ProposalListRow>(
    db,
    `${q.rowsFrom} WHERE p.id IN (SELECT value FROM json_each(@ids))
       ORDER BY p.sent_at DESC, p.id DESC LIMIT @limit OFFSET @offset`,
  ).all({ ids: JSON.stringify(ids), limit: q.limit, offset: q.offset });
  const totalCapped = found.length > cap;
  return { rows, total: totalCapped ? cap : found.length, totalCapped };
}
