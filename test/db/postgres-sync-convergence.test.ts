import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contract } from '@shared/domain/money';
import type { ProposalDetail, ProposalListRow, ProposalPage } from '@shared/domain/proposal';
import { PROPOSAL_STATUSES } from '@shared/domain/proposal';
import { value } from '../support/results';
import { newTeam, syncedData, syncWith } from '../support/sync-devices';
import { testApp } from '../support/temp-db';
import { usePostgres } from '../support/use-postgres';

// The convergence property (docs/sync.md): two computers edit offline at random, each syncing now
// and then with its own skewed clock; once both have synced twice more, their data is identical:
// proposals and their history, settings, and the money tables (contracts, transactions, Connects).

const postgres = usePostgres();
const apps: ReturnType<typeof testApp>[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.cleanup()));

type Computer = ReturnType<typeof testApp>;

const step = fc.oneof(
  fc.record({
    op: fc.constant('create' as const),
    title: fc.constantFrom('Shop', 'API', 'Dashboard', 'Scraper'),
    skills: fc.subarray(['Go', 'SQL', 'React']),
  }),
  fc.record({
    op: fc.constant('edit' as const),
    pick: fc.nat(),
    title: fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== ''),
  }),
  fc.record({
    op: fc.constant('status' as const),
    pick: fc.nat(),
    status: fc.constantFrom(...PROPOSAL_STATUSES.filter((s) => s !== 'sent')),
  }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('undoStatus' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('setting' as const), weekStart: fc.constantFrom('monday' as const, 'sunday' as const) }),
  // Money: contracts (some from a proposal: one contract per proposal, settled by unlinking),
  // transactions (some on a contract) and Connects ledger entries, made, edited and deleted.
  fc.record({ op: fc.constant('contract' as const), pick: fc.nat(), fromProposal: fc.boolean() }),
  fc.record({
    op: fc.constant('editContract' as const),
    pick: fc.nat(),
    status: fc.constantFrom('active' as const, 'paused' as const, 'ended' as const),
  }),
  fc.record({ op: fc.constant('transaction' as const), pick: fc.nat(), cents: fc.integer({ min: 1, max: 90_000 }) }),
  fc.record({ op: fc.constant('connects' as const), connects: fc.integer({ min: 1, max: 80 }) }),
  fc.record({
    op: fc.constant('deleteMoney' as const),
    pick: fc.nat(),
    what: fc.constantFrom('contracts' as const, 'transactions' as const, 'connects' as const),
  }),
  fc.record({ op: fc.constant('sync' as const) }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function proposals(app: Computer): ProposalListRow[] {
  return value<ProposalPage>(app.invoke('proposals:list', { limit: 200 })).rows;
}

/** A local id of `table` picked by `pick` (in global-id order, the same on both computers once synced). */
function pickId(
  app: Computer,
  table: 'contracts' | 'transactions' | 'connects_ledger',
  pick: number,
): number | undefined {
  const ids = app.db.prepare<[], number>(`SELECT id FROM ${table} ORDER BY gid`).pluck().all();
  return ids.length > 0 ? ids[pick % ids.length] : undefined;
}

const CHANNEL_OF = { contracts: 'contracts', transactions: 'transactions', connects: 'connects' } as const;

async function run(app: Computer, s: Step, sync: () => Promise<unknown>): Promise<void> {
  const list = proposals(app);
  const target = list.length > 0 && 'pick' in s ? list[s.pick % list.length]! : undefined;
  switch (s.op) {
    case 'create':
      value(app.invoke('proposals:create', { jobTitle: s.title, skills: s.skills, sentAt: '2026-11-09T09:00:00Z' }));
      return;
    case 'edit':
      if (target)
        value(app.invoke('proposals:update', { id: target.id, fields: { jobTitle: s.title, sentAt: target.sentAt } }));
      return;
    case 'status':
      // A refusal (an outcome before it was sent, say) is fine: the property is about what was stored.
      if (target)
        app.invoke('proposals:setStatus', { id: target.id, status: s.status, occurredAt: '2026-11-10T09:00:00Z' });
      return;
    case 'delete':
      if (target) value(app.invoke('proposals:delete', { id: target.id }));
      return;
    case 'undoStatus': {
      const events = target ? value<ProposalDetail>(app.invoke('proposals:get', { id: target.id })).events : [];
      const last = events.at(-1);
      if (last && last.status !== 'sent') app.invoke('proposals:deleteEvent', { eventId: last.id });
      return;
    }
    case 'contract':
      // A second contract for one proposal is refused: fine, as above.
      app.invoke('contracts:create', {
        proposalId: s.fromProposal && target ? target.id : null,
        clientName: 'Acme',
        title: `Contract ${s.pick % 7}`,
        contractType: 'fixed',
        startedAt: '2026-11-11T09:00:00Z',
      });
      return;
    case 'editContract': {
      const id = pickId(app, 'contracts', s.pick);
      const c =
        id === undefined
          ? undefined
          : value<Contract[]>(app.invoke('contracts:list', undefined)).find((x) => x.id === id);
      if (c) {
        const { proposalId, clientName, title, contractType, rateCents, startedAt, endedAt, notes } = c;
        const fields = { proposalId, clientName, title, contractType, rateCents, startedAt, endedAt, notes };
        app.invoke('contracts:update', { id: c.id, fields: { ...fields, status: s.status } });
      }
      return;
    }
    case 'transaction':
      value(
        app.invoke('transactions:create', {
          occurredAt: '2026-11-12T09:00:00Z',
          amountCents: s.cents,
          kind: 'fixed_price',
          contractId: s.pick % 2 === 0 ? null : (pickId(app, 'contracts', s.pick) ?? null),
        }),
      );
      return;
    case 'connects':
      value(
        app.invoke('connects:add', {
          occurredAt: '2026-11-12T09:00:00Z',
          kind: 'purchase',
          connects: s.connects,
          costCents: s.connects * 15,
        }),
      );
      return;
    case 'deleteMoney': {
      const id = pickId(app, s.what === 'connects' ? 'connects_ledger' : s.what, s.pick);
      // A ledger entry made from a transaction is deleted with it, not alone: a refusal is fine.
      if (id !== undefined) app.invoke(`${CHANNEL_OF[s.what]}:delete`, { id });
      return;
    }
    case 'setting':
      value(app.invoke('settings:update', { weekStart: s.weekStart }));
      return;
    case 'sync':
      await sync();
  }
}

describe('two computers and one team server', () => {
  it('converge to identical data after random offline edits on both sides', async () => {
    const server = postgres();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.boolean(), step, fc.integer({ min: -90, max: 240 })), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: -600, max: 600 }),
        async (steps, skewMinutes) => {
          const team = await newTeam(server);
          const a = testApp('2026-11-20T10:00:00.000Z');
          const b = testApp(new Date(Date.parse('2026-11-20T10:00:00.000Z') + skewMinutes * 60_000).toISOString());
          apps.push(a, b);
          const sync = (app: Computer) => () => syncWith(app.db, team, { now: app.clock, batch: 7 });
          for (const [onA, s, minutes] of steps) {
            const app = onA ? a : b;
            // Each computer's clock moves on its own, now and then backwards (a clock corrected).
            app.setNow(new Date(app.clock().getTime() + minutes * 60_000).toISOString());
            await run(app, s, sync(app));
          }
          await sync(a)();
          await sync(b)();
          await sync(a)();
          expect(syncedData(b.db)).toEqual(syncedData(a.db));
          a.cleanup();
          b.cleanup();
          apps.length = 0;
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
