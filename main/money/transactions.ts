import type { ChannelParsed } from '@shared/contract';
import type { TransactionFields } from '@shared/domain/money';
import { connectsEntryOfTransaction, getConnectsEntry, insertConnectsEntry } from '../db/money/connects';
import { getContract } from '../db/money/contracts';
import {
  deleteTransaction,
  getTransaction,
  insertTransaction,
  isExternalIdStored,
  listTransactions,
  transactionUndoFields,
  updateTransaction,
} from '../db/money/transactions';
import { InputError, NotFoundError } from '../core/errors';
import type { DomainContext } from '../core/handler-context';
import { deletedEntry } from './connects';

/** Transactions typed in by hand (imports come through imports/upwork-import.ts). */
export function transactionService({ db, now }: DomainContext) {
  function requireTransaction(id: number) {
    const transaction = getTransaction(db, id);
    if (!transaction) throw new NotFoundError('Transaction', id);
    return transaction;
  }

  function checkTransaction(fields: ChannelParsed<'transactions:create'>): TransactionFields {
    if (fields.contractId !== null && !getContract(db, fields.contractId)) {
      throw InputError.field('contractId', 'validation.unknownContract', 'That contract no longer exists');
    }
    return fields;
  }

  return {
    list: (filter: ChannelParsed<'transactions:list'>) => listTransactions(db, filter),

    create: (input: ChannelParsed<'transactions:create'>) =>
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

    update: ({ id, fields }: ChannelParsed<'transactions:update'>) =>
      db.transaction(() => {
        requireTransaction(id);
        updateTransaction(db, id, checkTransaction(fields));
        return requireTransaction(id);
      })(),

    remove: (id: number) =>
      db.transaction(() => {
        const transaction = requireTransaction(id);
        const connects = connectsEntryOfTransaction(db, id);
        const undoFields = transactionUndoFields(db, id);
        deleteTransaction(db, id); // The ledger entry cascades.
        return { ...transaction, ...undoFields, connects: connects ? deletedEntry(connects) : null };
      })(),

    restore: ({ transaction, connects }: ChannelParsed<'transactions:restore'>) =>
      db.transaction(() => {
        if (getTransaction(db, transaction.id)) {
          throw InputError.field('transaction.id', 'validation.alreadyExists', 'This transaction is already there');
        }
        if (transaction.externalId && isExternalIdStored(db, transaction.externalId)) {
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
  };
}
