import type { ChannelParsed } from '@shared/contract';
import type { ContractFields, DeletedContract } from '@shared/domain/money';
import {
  contractByUpworkId,
  contractForProposal,
  deleteContract,
  getContract,
  insertContract,
  listContracts,
  setContractUpworkId,
  updateContract,
} from '../db/money/contracts';
import { linkWorkEntries } from '../db/money/work-entries';
import { relinkTransactions, transactionIdsOfContract } from '../db/money/transactions';
import { getProposal } from '../db/proposals/proposals';
import { InputError, NotFoundError } from '../core/errors';
import type { DomainContext } from '../core/handler-context';

type Fields = ChannelParsed<'contracts:create'>;

/** Contracts: the rules around their writes, each a transaction of its own. */
export function contractService({ db, now }: DomainContext) {
  function requireContract(id: number) {
    const contract = getContract(db, id);
    if (!contract) throw new NotFoundError('Contract', id);
    return contract;
  }

  /** What the schema cannot see: the proposal exists and has no other contract. */
  function checkContract(fields: Fields, exceptId?: number): ContractFields {
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

  return {
    list: () => listContracts(db),

    create: (input: Fields) =>
      db.transaction(() => requireContract(insertContract(db, checkContract(input), now().toISOString())))(),

    update: ({ id, fields }: ChannelParsed<'contracts:update'>) =>
      db.transaction(() => {
        requireContract(id);
        updateContract(db, id, checkContract(fields, id), now().toISOString());
        return requireContract(id);
      })(),

    remove: (id: number): DeletedContract =>
      db.transaction(() => {
        const contract = requireContract(id);
        const transactionIds = transactionIdsOfContract(db, id);
        deleteContract(db, id);
        return { contract, transactionIds };
      })(),

    restore: ({ contract, transactionIds }: ChannelParsed<'contracts:restore'>) =>
      db.transaction(() => {
        if (getContract(db, contract.id)) {
          throw InputError.field('contract.id', 'validation.alreadyExists', 'This contract is already there');
        }
        const fields = checkContract(contract.fields);
        insertContract(db, fields, contract.createdAt, contract.id);
        relinkTransactions(db, contract.id, transactionIds);
        // Its Upwork id and hours come back too, unless an import made the contract anew meanwhile.
        if (contract.upworkId !== null && !contractByUpworkId(db, contract.upworkId)) {
          setContractUpworkId(db, contract.id, contract.upworkId);
          linkWorkEntries(db, contract.upworkId, contract.id);
        }
        return requireContract(contract.id);
      })(),
  };
}
