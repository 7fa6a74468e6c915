import fc from 'fast-check';
import { CONNECTS_ENTRY_KINDS, CONTRACT_STATUSES, CONTRACT_TYPES, TRANSACTION_KINDS } from '@shared/domain/money';
import { DATE_ORDERS, PROPOSAL_IMPORT_FIELDS } from '@shared/domain/imports';
import { anyValue, idOf, instantNear, intAround, maybe, oneOf, textUpTo } from './values';
import type { Known } from './world';

// Near-valid inputs for contracts, transactions, Connects, imports, exports and backups.

const MAX_CENTS = 100_000_000;
const MONEY_DATES = ['2026-11-05T10:00:00.000Z', '2026-11-12T10:00:00.000Z', '2026-10-01T00:00:00.000Z'];

function contractFields(k: Known) {
  const instant = instantNear(MONEY_DATES);
  return fc.record(
    {
      proposalId: maybe(idOf(k.proposalIds)),
      clientName: textUpTo(200),
      title: textUpTo(300),
      contractType: oneOf(CONTRACT_TYPES),
      rateCents: maybe(intAround(0, MAX_CENTS)),
      startedAt: instant,
      endedAt: maybe(instant),
      status: oneOf(CONTRACT_STATUSES),
      feedbackGiven: maybe(fc.oneof(intAround(1, 5), fc.double({ min: 1, max: 5, noNaN: true }))),
      feedbackReceived: maybe(intAround(1, 5)),
      notes: maybe(textUpTo(20_000)),
    },
    { requiredKeys: ['clientName', 'title', 'contractType', 'startedAt'] },
  );
}

function transactionFields(k: Known) {
  return fc.record(
    {
      occurredAt: instantNear(MONEY_DATES),
      amountCents: intAround(-MAX_CENTS, MAX_CENTS),
      kind: oneOf(TRANSACTION_KINDS),
      description: maybe(textUpTo(1000)),
      contractId: maybe(idOf(k.contractIds)),
    },
    { requiredKeys: ['occurredAt', 'amountCents', 'kind'] },
  );
}

function connectsFields() {
  return fc.record(
    {
      occurredAt: instantNear(MONEY_DATES),
      kind: oneOf(CONNECTS_ENTRY_KINDS),
      connects: intAround(-10_000, 10_000),
      costCents: maybe(intAround(0, MAX_CENTS)),
      note: maybe(textUpTo(500)),
    },
    { requiredKeys: ['occurredAt', 'kind', 'connects'] },
  );
}

/** An id for a restore: the deleted row's own, one another row holds, or one never used. */
const restoreId = (own: number, taken: readonly number[]) =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(own) }, idOf(taken), fc.integer({ min: 500, max: 520 }));

function contractRestore(k: Known) {
  const { contract, transactionIds } = k.deletedContract;
  return fc
    .record({
      id: restoreId(contract.id, k.contractIds),
      proposalId: fc.oneof(
        { weight: 2, arbitrary: fc.constant(contract.fields.proposalId ?? null) },
        idOf(k.proposalIds),
      ),
      transactionIds: fc.oneof(fc.constant(transactionIds), fc.array(idOf(k.transactionIds), { maxLength: 4 })),
    })
    .map(({ id, proposalId, transactionIds: ids }) => ({
      contract: { ...contract, id, fields: { ...contract.fields, proposalId } },
      transactionIds: ids,
    }));
}

function transactionRestore(k: Known) {
  const { transaction } = k.deletedTransaction;
  const entry = fc.record({
    id: restoreId(1000, k.connectsEntryIds),
    occurredAt: instantNear(MONEY_DATES),
    kind: oneOf(CONNECTS_ENTRY_KINDS),
    connects: intAround(-10_000, 10_000),
    costCents: maybe(intAround(0, MAX_CENTS)),
    note: maybe(textUpTo(500)),
    createdAt: instantNear(MONEY_DATES),
  });
  return fc
    .record({
      id: restoreId(transaction.id, k.transactionIds),
      externalId: fc.oneof(
        { weight: 2, arbitrary: fc.constant(transaction.externalId ?? null) },
        fc.constantFrom(...k.externalIds),
        textUpTo(50),
      ),
      contractId: fc.oneof({ weight: 2, arbitrary: fc.constant(transaction.contractId ?? null) }, idOf(k.contractIds)),
      amount: fc.oneof(
        { weight: 2, arbitrary: fc.constant(transaction.amountCents) },
        intAround(-MAX_CENTS, MAX_CENTS),
      ),
      kind: fc.oneof({ weight: 2, arbitrary: fc.constant(transaction.kind) }, oneOf(TRANSACTION_KINDS)),
      workWeek: fc.oneof(
        { weight: 2, arbitrary: fc.constant(transaction.workWeek ?? null) },
        fc.constantFrom('2024-04-22', '2024-02-30'),
        textUpTo(12),
      ),
      connects: fc.oneof(fc.constant(null), entry),
    })
    .map(({ id, externalId, contractId, amount, kind, workWeek, connects }) => ({
      transaction: { ...transaction, id, externalId, contractId, amountCents: amount, kind, workWeek },
      connects,
    }));
}

function connectsRestore(k: Known) {
  const entry = k.deletedConnects;
  return fc
    .record({ id: restoreId(entry.id, k.connectsEntryIds), connects: intAround(-10_000, 10_000) })
    .map(({ id, connects }) => ({ ...entry, id, connects: connects === 0 ? entry.connects : connects }));
}

/** A CSV: a known good file, the same with a line dropped, doubled or one cell changed, or none at all. */
function csvText(files: readonly string[]) {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...files) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...files), fc.nat(), fc.constantFrom('drop', 'double', 'cell'), textUpTo(40))
        .map(([text, at, how, cell]) => {
          const lines = text.split('\n');
          const i = at % lines.length;
          if (how === 'drop') lines.splice(i, 1);
          else if (how === 'double') lines.splice(i, 0, lines[i]!);
          else {
            const cells = lines[i]!.split(',');
            cells[at % cells.length] = cell;
            lines[i] = cells.join(',');
          }
          return lines.join('\n');
        }),
    },
    { weight: 1, arbitrary: textUpTo(200) },
  );
}

function proposalImport(k: Known) {
  const headers = k.proposalCsv[0]!.split('\n')[0]!.split(',');
  const column = fc.oneof(fc.constantFrom(...headers), fc.constant(null), textUpTo(300));
  const mapping = fc.record(
    Object.fromEntries(PROPOSAL_IMPORT_FIELDS.map((field) => [field, column])) as Record<string, typeof column>,
    { requiredKeys: [] },
  );
  return fc.record(
    { text: csvText(k.proposalCsv), mapping: maybe(mapping), dateOrder: oneOf(DATE_ORDERS) },
    { requiredKeys: ['text'] },
  );
}

export function moneyChannelInputs(k: Known) {
  const page = fc.record({ offset: intAround(0, 10), limit: intAround(1, 500) }, { requiredKeys: [] });
  const backupName = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...k.backupNames) },
    fc.constantFrom(
      'bidwell-20261120T100000000Z-manual.sqlite3',
      '../bidwell.sqlite3',
      'bidwell-..-manual.sqlite3',
      'bidwell-2026-auto.sqlite3',
    ),
    textUpTo(40),
  );
  return {
    'contracts:list': fc.constant(undefined),
    'contracts:create': contractFields(k),
    'contracts:update': fc.record({ id: idOf(k.contractIds), fields: contractFields(k) }),
    'contracts:delete': fc.record({ id: idOf(k.contractIds) }),
    'contracts:restore': contractRestore(k),

    'transactions:list': fc.record(
      {
        kind: maybe(oneOf(TRANSACTION_KINDS)),
        contractId: maybe(idOf(k.contractIds)),
        offset: intAround(0, 10),
        limit: intAround(1, 500),
      },
      { requiredKeys: [] },
    ),
    'transactions:create': transactionFields(k),
    'transactions:update': fc.record({ id: idOf(k.transactionIds), fields: transactionFields(k) }),
    'transactions:delete': fc.record({ id: idOf(k.transactionIds) }),
    'transactions:restore': transactionRestore(k),

    'connects:ledger': page,
    'connects:add': connectsFields(),
    'connects:setBalance': fc.record({ connects: intAround(0, 100_000), note: maybe(textUpTo(500)) }),
    'connects:delete': fc.record({ id: idOf(k.connectsEntryIds) }),
    'connects:restore': connectsRestore(k),
    'money:summary': fc.record({ from: instantNear(MONEY_DATES), to: instantNear(MONEY_DATES) }),
    'money:hourlyRates': fc.constant(undefined),

    'import:upworkPreview': fc.record({ text: csvText(k.upworkCsv) }),
    'import:upworkCommit': fc.record({ text: csvText(k.upworkCsv) }),
    'import:weeklyPreview': fc.record({ text: csvText(k.weeklyCsv) }),
    'import:weeklyCommit': fc.record({ text: csvText(k.weeklyCsv) }),
    'import:proposalsPreview': proposalImport(k),
    'import:proposalsCommit': proposalImport(k),

    'export:proposalsCsv': fc.constant(undefined),
    'export:transactionsCsv': fc.constant(undefined),
    'export:json': fc.constant(undefined),

    'backup:list': fc.constant(undefined),
    'backup:create': fc.oneof(fc.constant(undefined), anyValue),
    'backup:restore': fc.record({ name: backupName }),
    'backup:openFolder': fc.oneof(fc.constant(undefined), anyValue),
  };
}
