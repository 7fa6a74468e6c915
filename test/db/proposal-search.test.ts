import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeletedProposal, ProposalDetail, ProposalPage } from '@shared/domain/proposal';
import { rebuildSearchIndex } from '@main/db/proposals/search-index';
import { SEARCH_COUNT_CAP } from '@main/db/proposals/search-list';
import { testApp } from '../support/temp-db';

// The proposals list's search through the full-text index (search-index.ts, search-query.ts):
// word prefixes in any order, accents folded, Chinese by substring, any text a safe query, the
// count capped, and, after any sequence of creates, edits, deletes and restores, exactly the
// proposals and the order that a from-scratch reading of the proposals gives.

const NOW = '2026-12-01T12:00:00.000Z';
let app: ReturnType<typeof testApp> | undefined;
afterEach(() => app?.cleanup());

function value<T>(result: { ok: boolean; value?: unknown }): T {
  expect(result.ok).toBe(true);
  return result.value as T;
}
const create = (fields: Record<string, unknown>) =>
  value<{ id: number }>(app!.invoke('proposals:create', { sentAt: '2026-11-01T10:00:00.000Z', ...fields }));
const list = (input: Record<string, unknown>) =>
  value<ProposalPage>(app!.invoke('proposals:list', { limit: 500, ...input }));
const titles = (search: string, input: Record<string, unknown> = {}) =>
  list({ search, ...input }).rows.map((r) => r.jobTitle);

describe('searching the proposals list', () => {
  it('finds word prefixes as they are typed, in any order, across title, skills and notes', () => {
    app = testApp(NOW);
    create({
      jobTitle: 'WooCommerce store redesign',
      skills: ['React', 'TypeScript'],
      sentAt: '2026-11-02T10:00:00.000Z',
    });
    create({ jobTitle: 'Café menu site', notes: 'Wants a reactive dashboard', sentAt: '2026-11-01T10:00:00.000Z' });
    create({ jobTitle: '网站开发 for a shop', skills: ['Vue'], sentAt: '2026-11-03T10:00:00.000Z' });

    expect(titles('reac')).toEqual(['WooCommerce store redesign', 'Café menu site']);
    expect(titles('React')).toEqual(['WooCommerce store redesign', 'Café menu site']);
    expect(titles('store woocommerce')).toEqual(['WooCommerce store redesign']);
    expect(titles('typescr redes')).toEqual(['WooCommerce store redesign']);
    expect(titles('cafe')).toEqual(['Café menu site']);
    expect(titles('dash reactive')).toEqual(['Café menu site']);
    expect(titles('网站')).toEqual(['网站开发 for a shop']);
    expect(titles('开发 shop')).toEqual(['网站开发 for a shop']);
    expect(titles('开发 react')).toEqual([]);
    expect(titles('"react" OR store*')).toEqual([]);
    expect(titles('"react"')).toEqual(['WooCommerce store redesign', 'Café menu site']);
    expect(titles('vue', { status: 'hired' })).toEqual([]);
  });

  it('spells a long prefix out as the words it begins, or leaves it to FTS5 past 64 of them', () => {
    app = testApp(NOW);
    const insert = app.db.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, connects_spent, boost_connects, status, status_at, created_at, updated_at)
       VALUES (1, @at, @title, 0, 0, 'sent', @at, @at, @at)`,
    );
    app.db.transaction(() => {
      for (let i = 0; i < 70; i++) {
        const at = new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 1000).toISOString();
        insert.run({ at, title: `Upgrade${String(i).padStart(2, '0')} job` });
      }
    })();
    expect(list({ search: 'upgr' }).total).toBe(70);
    expect(list({ search: 'UPGRADE0' }).total).toBe(10);
    expect(titles('upgrade69')).toEqual(['Upgrade69 job']);
    expect(titles('upgrade7')).toEqual([]);
  });

  it('takes any text as a query without an error', () => {
    app = testApp(NOW);
    create({ jobTitle: 'Node.js API (urgent)', notes: 'a "quoted" note; 100% C++ AND NOT OR NEAR(x y)' });
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'binary' }), (text) => {
        const result = app!.invoke('proposals:list', { search: text.slice(0, 200), limit: 10 });
        expect(result.ok).toBe(true);
      }),
    );
    expect(titles('node.js')).toEqual(['Node.js API (urgent)']);
    expect(titles('NEAR(x')).toEqual(['Node.js API (urgent)']);
    expect(titles('C++')).toEqual(['Node.js API (urgent)']);
  });

  it('counts matches up to a cap and says so, while pages stay in order past it', () => {
    app = testApp(NOW);
    const insert = app.db.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, connects_spent, boost_connects, status, status_at, created_at, updated_at)
       VALUES (1, @at, @title, 0, 0, 'sent', @at, @at, @at)`,
    );
    app.db.transaction(() => {
      for (let i = 0; i < SEARCH_COUNT_CAP + 50; i++) {
        // Ten proposals a second, their milliseconds against their ids' order.
        const at = new Date(Date.parse('2026-01-01T00:00:00.000Z') + Math.floor(i / 10) * 1000 + (9 - (i % 10)) * 10);
        insert.run({ at: at.toISOString(), title: `Shopify job ${i}` });
      }
    })();
    const first = list({ search: 'shopify', limit: 100 });
    expect(first).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
    const all = list({ limit: 500, offset: 0 }).rows.concat(
      list({ limit: 500, offset: 500 }).rows,
      list({ limit: 500, offset: 1000 }).rows,
    );
    expect(first.rows).toEqual(all.slice(0, 100));
    const deep = list({ search: 'shopify', limit: 7, offset: 1033 });
    expect(deep).toMatchObject({ total: 1040, totalCapped: true });
    expect(deep.rows).toEqual(all.slice(1033, 1040));
    expect(list({ search: 'shopify job 1049' })).toMatchObject({ total: 1, totalCapped: false });
  });
});

// The trigger property: random changes, then every query's answer equals a reading from scratch.
const VOCABULARY = [
  'React',
  'reactive',
  'TypeScript',
  'Type',
  'Node.js',
  'Café',
  'store',
  'WooCommerce',
  '网站开发',
  '设计',
  'Typeset',
];
// Words of four ASCII letters or more are spelled out from the index's word list (search-terms.ts);
// shorter ones read the prefix index, and others (accents) keep FTS5's own prefix query.
const QUERIES = [
  'rea',
  'react',
  'type',
  'types',
  'node js',
  'js',
  'cafe',
  'CAF',
  'store woo',
  'woo store',
  '网站',
  '设计',
  'st',
  'zzz',
  'zzzz',
  'TYPESCRIPT',
  'reactiv',
  'typesc REACT',
  'typeset store',
  'CAFÉ',
  'storefront',
];

const text = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 3 }).map((words) => words.join(' '));
const sentAt = fc
  .tuple(fc.nat(5), fc.nat(999))
  .map(([s, ms]) => new Date(Date.parse('2026-11-01T00:00:00.000Z') + s * 1000 + ms).toISOString());
const fields = fc.record({
  jobTitle: text.map((t) => t || 'Job'),
  notes: text.map((t) => t || null),
  skills: fc.uniqueArray(fc.constantFrom(...VOCABULARY), { maxLength: 2 }),
  sentAt,
});
const op = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), fields }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), fields }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }),
);

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const CJK = /\p{Script=Han}/u;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The list's answer read from scratch: every word begins a word of the proposal's texts (CJK: appears in one). */
function fromScratch(query: string) {
  const proposals = app!.db
    .prepare(
      `SELECT p.id, p.job_title, p.notes, (SELECT group_concat(skill, ' ') FROM proposal_skills WHERE proposal_id = p.id) AS skills
       FROM proposals p ORDER BY p.sent_at DESC, p.id DESC`,
    )
    .all() as { id: number; job_title: string; notes: string | null; skills: string | null }[];
  return proposals
    .filter((p) => {
      const texts = [p.job_title, p.notes ?? '', p.skills ?? ''];
      const words = texts.flatMap((t) => fold(t).match(WORD) ?? []);
      return (query.match(WORD) ?? []).every((q) =>
        CJK.test(q) ? texts.some((t) => t.includes(q)) : words.some((w) => w.startsWith(fold(q))),
      );
    })
    .map((p) => p.id);
}

describe('the search index kept by triggers', () => {
  it('answers every query as a reading from scratch after any creates, edits, deletes and restores', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.nat(4), (steps, offset) => {
        app?.cleanup();
        app = testApp(NOW);
        const live: number[] = [];
        const deleted: DeletedProposal[] = [];
        for (const step of steps) {
          if (step.kind === 'create') live.push(create(step.fields).id);
          else if (step.kind === 'restore') {
            const [restored] = deleted.splice(step.pick % Math.max(1, deleted.length), 1);
            if (restored && app.invoke('proposals:restore', restored).ok) live.push(restored.proposal.id);
          } else if (live.length) {
            const id = live[step.pick % live.length]!;
            if (step.kind === 'edit')
              value<ProposalDetail>(app.invoke('proposals:update', { id, fields: step.fields }));
            else {
              deleted.push(value<DeletedProposal>(app.invoke('proposals:delete', { id })));
              live.splice(live.indexOf(id), 1);
            }
          }
        }
        const check = () => {
          for (const query of QUERIES) {
            const expected = fromScratch(query);
            expect(
              list({ search: query }).rows.map((r) => r.id),
              query,
            ).toEqual(expected);
            const page = list({ search: query, offset, limit: 2 });
            expect(
              page.rows.map((r) => r.id),
              `${query} from ${offset}`,
            ).toEqual(expected.slice(offset, offset + 2));
            expect(page.total).toBe(expected.length);
          }
        };
        check();
        // And a rebuild from scratch changes nothing.
        rebuildSearchIndex(app.db);
        check();
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
