import type { Database } from 'better-sqlite3';

// proposal_search: SQLite FTS5 over what the proposals list searches (job title, skills, notes,
// category, client country), one row per proposal, so a search reads the index's matches instead
// of scanning every proposal (issue 15: 5 s at 1,000,000 proposals as a LIKE scan). Its rowid is
// the list's order, not the proposal's id: the second it was sent times 2^30, plus its id (ids stay
// under 2^30), so the newest matches come straight off the index in order (ORDER BY rowid DESC)
// and a page of a common word costs a page, not a sort of 300,000 matches. Contentless (content=''): the text lives in proposals and
// proposal_skills; the index keeps only tokens, and contentless_delete lets a row be dropped by id.
// unicode61 folds case and accents ("cafe" finds "Café"). Chinese, Japanese and Korean text has no
// spaces for unicode61 to split on, so queries with those characters are answered by a LIKE scan
// instead (search-query.ts). Triggers (not application code) keep it in step, so every write
// path is covered: handlers, imports, restores, sample data and rows pulled by sync. The table is
// local and never synced: it is rebuilt from the synced rows (docs/sync.md).

const TABLE = 'proposal_search';
const TEXT_COLUMNS = ['sent_at', 'job_title', 'notes', 'category', 'client_country'];
export const SECOND_SPAN = 2 ** 30;

/** The index's rowid for a proposals row (r: an alias or NEW/OLD); an unreadable sent_at counts as 1970. */
export const searchKey = (r: string) => `coalesce(unixepoch(${r}.sent_at), 0) * ${SECOND_SPAN} + ${r}.id`;

/** Puts proposal `id` (an SQL expression) into the index as it is now, or leaves it out if it is gone. */
const refresh = (id: string) => `
  DELETE FROM ${TABLE} WHERE rowid = (SELECT ${searchKey('p')} FROM proposals p WHERE p.id = ${id});
  INSERT INTO ${TABLE} (rowid, title, skills, notes, category, country)
    SELECT ${searchKey('p')}, p.job_title,
           (SELECT group_concat(s.skill, ' ') FROM proposal_skills s WHERE s.proposal_id = p.id),
           p.notes, p.category, p.client_country
    FROM proposals p WHERE p.id = ${id};`;

export function createSearchIndex(db: Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE ${TABLE} USING fts5(
      title, skills, notes, category, country,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2',
      -- Prefix indexes: a search runs as the user types, and "r*" or "re*" would otherwise merge
      -- the lists of every word starting so.
      prefix = '1 2 3'
    );

    CREATE TRIGGER proposal_search_insert AFTER INSERT ON proposals BEGIN
      ${refresh('NEW.id')}
    END;

    CREATE TRIGGER proposal_search_update AFTER UPDATE OF ${TEXT_COLUMNS.join(', ')} ON proposals
    WHEN ${TEXT_COLUMNS.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')}
    BEGIN
      DELETE FROM ${TABLE} WHERE rowid = ${searchKey('OLD')};
      ${refresh('NEW.id')}
    END;

    CREATE TRIGGER proposal_search_delete AFTER DELETE ON proposals BEGIN
      DELETE FROM ${TABLE} WHERE rowid = ${searchKey('OLD')};
    END;

    -- Skills are a child list: any change to it re-indexes its proposal. A proposal's deletion
    -- cascades here too; the refresh then finds no proposal and leaves nothing behind.
    CREATE TRIGGER proposal_search_skill_insert AFTER INSERT ON proposal_skills BEGIN
      ${refresh('NEW.proposal_id')}
    END;

    CREATE TRIGGER proposal_search_skill_update AFTER UPDATE ON proposal_skills BEGIN
      ${refresh('OLD.proposal_id')}
      ${refresh('NEW.proposal_id')}
    END;

    CREATE TRIGGER proposal_search_skill_delete AFTER DELETE ON proposal_skills BEGIN
      ${refresh('OLD.proposal_id')}
    END;
  `);
  rebuildSearchIndex(db);
}

/** Re-indexes every proposal from scratch (the migration's backfill). */
export function rebuildSearchIndex(db: Database): void {
  db.exec(`
    INSERT INTO ${TABLE} (${TABLE}) VALUES ('delete-all');
    INSERT INTO ${TABLE} (rowid, title, skills, notes, category, country)
      SELECT ${searchKey('p')}, p.job_title, s.skills, p.notes, p.category, p.client_country
      FROM proposals p
      LEFT JOIN (SELECT proposal_id, group_concat(skill, ' ') AS skills FROM proposal_skills GROUP BY proposal_id) s
        ON s.proposal_id = p.id;
    INSERT INTO ${TABLE} (${TABLE}) VALUES ('optimize');
  `);
}
