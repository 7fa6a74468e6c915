import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@main/db/open';
import { migrations } from '@main/db/migrations';
import { searchIndex } from '@main/db/migrations/013-search-index';
import { listProposals } from '@main/db/proposals/proposals';
import { tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';

let temp: ReturnType<typeof tempDbFile> | undefined;
afterEach(() => temp?.cleanup());

const search = (db: ReturnType<typeof openDatabase>, text: string) =>
  listProposals(db, { search: text, status: null, profileId: null, offset: 0, limit: 100 }).rows.map((r) => r.id);

describe(`migration ${searchIndex.version} (full-text search index) on a database with proposals`, () => {
  it('indexes every proposal with its skills, and the triggers keep the index in step from then on', () => {
    temp = tempDbFile();
    const old = openDatabase(temp.file, {
      migrations: migrations.filter((m) => m.version < searchIndex.version),
      now: testClock,
    });
    const add = old.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, notes, category, client_country, connects_spent, boost_connects, status, status_at, created_at, updated_at)
       VALUES (1, @at, @title, @notes, @category, @country, 0, 0, 'sent', @at, @at, @at)`,
    );
    add.run({
      at: '2026-11-02T10:00:00.000Z',
      title: 'Shopify theme',
      notes: null,
      category: 'Web',
      country: 'Canada',
    });
    add.run({
      at: '2026-11-03T10:00:00.000Z',
      title: 'Landing page',
      notes: 'Client loves Figma',
      category: null,
      country: null,
    });
    add.run({ at: '2026-11-04T10:00:00.000Z', title: '小程序开发', notes: null, category: null, country: 'China' });
    old.prepare("INSERT INTO proposal_skills (proposal_id, position, skill) VALUES (2, 0, 'Tailwind CSS')").run();
    old.close();

    // Up to this migration only: later ones (14 rebuilds the capture triggers) are tested on their own.
    const db = openDatabase(temp.file, {
      migrations: migrations.filter((m) => m.version <= searchIndex.version),
      now: testClock,
    });
    expect(db.pragma('user_version', { simple: true })).toBe(searchIndex.version);
    expect(db.prepare('SELECT count(*) AS n FROM proposal_search').get()).toEqual({ n: 3 });
    expect(search(db, 'shopi')).toEqual([1]);
    expect(search(db, 'canada')).toEqual([1]);
    expect(search(db, 'web')).toEqual([1]);
    expect(search(db, 'figma landing')).toEqual([2]);
    expect(search(db, 'tailw')).toEqual([2]);
    expect(search(db, '程序')).toEqual([3]);

    // From now on the triggers: an edit, a new skill, a deletion.
    db.prepare(
      "UPDATE proposals SET job_title = 'Shopify store', sent_at = '2026-11-05T10:00:00.000Z' WHERE id = 2",
    ).run();
    db.prepare("INSERT INTO proposal_skills (proposal_id, position, skill) VALUES (3, 0, 'WeChat')").run();
    db.prepare('DELETE FROM proposals WHERE id = 1').run();
    expect(search(db, 'shopify')).toEqual([2]);
    expect(search(db, 'landing')).toEqual([]);
    expect(search(db, 'tailwind')).toEqual([2]);
    expect(search(db, 'wechat')).toEqual([3]);
    expect(db.prepare('SELECT count(*) AS n FROM proposal_search').get()).toEqual({ n: 2 });
    db.close();
  });
});
