import type { z } from 'zod';
import type { contractFieldsSchema, moneyChannels, transactionFieldsSchema } from '@shared/contract/money';
import type { ContractFields, TransactionFields } from '@shared/domain/money';
import { connectsLedger, deleteConnectsEntry, getConnectsEntry, insertConnectsEntry } from '../db/money/connects';
import {
  contractForProposal,
  deleteContract,
  getContract,
  insertContract,
  listContracts,
  updateContract,
} from '../db/money/contracts';
import { moneySummary } from '../db/money/summary';
import { getProposal } from '../db/proposals/proposals';
import { getSettings } from '../db/settings/settings';
import {
  deleteTransaction,
  getTransaction,
  insertTransaction,
  listTransactions,
  updateTransaction,
} from '../db/money/transactions';
import { InputError, NotFoundError } from '../core/errors';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';

export function moneyHandlers({ db, now }: HandlerContext): DomainHandlers<typeof moneyChannels> {
  function requireContract(id: number) {
    const contract = getContract(db, id);
    if (!contract) throw new NotFoundError('Contract', id);
    return contract;
  }

  function requireTransaction(id: number) {
    const transaction = getTransaction(db, id);
    if (!transaction) throw new NotFoundError('Transaction', id);
    return transaction;
  }

  /** What the schema cannot see: the proposal exists and has no other contract. */
  function checkContract(fields: z.output<typeof contractFieldsSchema>, exceptId?: number): ContractFields {
    if (fields.proposalId !== null) {
      if (!getProposal(db, fields.proposalId)) {
        throw InputError.field('proposalId', 'validation.unknownProposal', 'That proposal no longer exists');
      }
      const other = contractForProposal(db, fields.proposalId);
      if (other && other.id !== exceptId) {
        throw InputError.field('proposalId', 'validation.proposalHasContract', 'That proposal already has a contract', {
          title: other.title,
        });
      }
    }
    return fields;
  }

  function checkTransaction(fields: z.output<typeof transactionFieldsSchema>): TransactionFields {
    if (fields.contractId !== null && !getContract(db, fields.contractId)) {
      throw InputError.field('contractId', 'validation.unknownContract', 'That contract no longer exists');
    }
    return fields;
  }

  return {
    'contracts:list': () => listContracts(db),

    'contracts:create': (input) =>
      db.transaction(() => requireContract(insertContract(db, checkContract(input), now().toISOString())))(),

    'contracts:update': ({ id, fields }) =>
      db.transaction(() => {
        requireContract(id);
        updateContract(db, id, checkContract(fields, id), now().toISOString());
        return requireContract(id);
      })(),

    'contracts:delete': ({ id }) =>
      db.transaction(() => {
        const contract = requireContract(id);
        const transactionIds = db
          .prepare<[number], { id: number }>('SELECT id FROM transactions WHERE contract_id = ? ORDER BY id')
          .all(id)
          .map((r) => r.id);
        deleteContract(db, id);
        return { contract, transactionIds };
      })(),

    'contracts:restore': ({ contract, transactionIds }) =>
      db.transaction(() => {
        if (getContract(db, contract.id)) {
          throw InputError.field('contract.id', 'validation.alreadyExists', 'This contract is already there');
        }
        const fields = checkContract(contract.fields);
        insertContract(db, fields, contract.createdAt, contract.id);
        const relink = db.prepare('UPDATE transactions SET contract_id = ? WHERE id = ? AND contract_id IS NULL');
        for (const transactionId of transactionIds) relink.run(contract.id, transactionId);
        return requireContract(contract.id);
      })(),

    'transactions:list': (filter) => listTransactions(db, filter),

    'transactions:create': (input) =>
      db.transaction(() => {
        const fields = checkTransaction(input);
        const id = insertTransaction(db, {
          ...fields,
          externalId: null,
          groupId: null,
          source: 'manual',
          createdAt: now().toISOString(),
        });
        return requireTransaction(id);
      })(),

    'transactions:update': ({ id, fields }) =>
      db.transaction(() => {
        requireTransaction(id);
        updateTransaction(db, id, checkTransaction(fields));
        return requireTransaction(id);
      })(),

    'transactions:delete': ({ id }) =>
      db.transaction(() => {
        const transaction = requireTransaction(id);
        const entry = db
          .prepare<[number], { id: number }>('SELECT id FROM connects_ledger WHERE transaction_id = ?')
          .get(id);
        const connects = entry ? getConnectsEntry(db, entry.id)! : null;
        deleteTransaction(db, id); // The ledger entry cascades.
        return {
          ...transaction,
          connects: connects && {
            id: connects.id,
            occurredAt: connects.occurredAt,
            kind: connects.kind,
            connects: connects.connects,
            costCents: connects.costCents,
            note: connects.note,
            createdAt: connects.createdAt,
          },
        };
      })(),

    'transactions:restore': ({ transaction, connects }) =>
      db.transaction(() => {
        if (getTransaction(db, transaction.id)) {
          throw InputError.field('transaction.id', 'validation.alreadyExists', 'This transaction is already there');
        }
        if (
          transaction.externalId &&
          db.prepare('SELECT 1 FROM transactions WHERE external_id = ?').get(transaction.externalId)
        ) {
          // Re-imported meanwhile: the row is back already, under another id.
          throw InputError.field(
            'transaction.externalId',
            'validation.alreadyExists',
            'This transaction was imported again',
          );
        }
        if (connects && getConnectsEntry(db, connects.id)) {
          // Its ledger entry went with it; SQLite may have handed that id to a newer entry since.
          throw InputError.field(
            'connects.id',
            'validation.restoreConflict',
            'A newer Connects entry has taken its id',
          );
        }
        checkTransaction(transaction);
        insertTransaction(db, transaction);
        if (connects) insertConnectsEntry(db, { ...connects, transactionId: transaction.id });
        return requireTransaction(transaction.id);
      })(),

    'connects:ledger': ({ offset, limit }) => connectsLedger(db, offset, limit),

    'connects:add': (input) =>
      db.transaction(() => {
        const id = insertConnectsEntry(db, { ...input, transactionId: null, createdAt: now().toISOString() });
        return connectsLedger(db, 0, 1_000_000).entries.find((e) => e.entryId === id)!;
      })(),

    'connects:delete': ({ id }) =>
      db.transaction(() => {
        const entry = getConnectsEntry(db, id);
        if (!entry) throw new NotFoundError('Connects entry', id);
        if (entry.transactionId !== null) {
          throw InputError.field(
            'id',
            'validation.importedConnects',
            'This purchase came with a transaction: delete that instead',
          );
        }
        deleteConnectsEntry(db, id);
        return {
          id: entry.id,
          occurredAt: entry.occurredAt,
          kind: entry.kind,
          connects: entry.connects,
          costCents: entry.costCents,
          note: entry.note,
          createdAt: entry.createdAt,
        };
      })(),

    'connects:restore': (entry) =>
      db.transaction(() => {
        if (getConnectsEntry(db, entry.id)) {
          throw InputError.field('id', 'validation.alreadyExists', 'This entry is already there');
        }
        insertConnectsEntry(db, { ...entry, transactionId: null });
        return connectsLedger(db, 0, 1_000_000).entries.find((e) => e.entryId === entry.id)!;
      })(),

    'money:summary': (range) => {
      const settings = getSettings(db);
      return moneySummary(db, range, { timeZone: settings.timeZone, weekStart: settings.weekStart });
    },
  };
}
