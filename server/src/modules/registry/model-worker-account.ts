import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { ModelWorkerAccountError } from '../../common/errors/catalogue.js';
import { Account } from '../account/account.entity.js';
import { RoleGrant } from '../account/role-grant.entity.js';
import { Role } from '../account/role.js';
import { ModelWorker } from './model-worker.entity.js';

/**
 * Links a sign-in to a registry record and grants it the model-worker role at the record's
 * organization (suggestions, the studio page). One account per record and one record per account.
 */
export async function linkAccount(em: EntityManager, worker: ModelWorker, account: Account): Promise<void> {
  if (worker.account && worker.account.id !== account.id) throw new UserInputError(ModelWorkerAccountError.RecordTaken, ['modelWorker']);
  const other = await em.findOne(ModelWorker, { account, id: { $ne: worker.id } });
  if (other) throw new UserInputError(ModelWorkerAccountError.AccountTaken, ['account']);
  worker.account = em.getReference(Account, account.id, { wrapped: true });
  if (!(await em.count(RoleGrant, { account, role: Role.MODEL_WORKER, organization: worker.organization }))) {
    em.create(RoleGrant, { account, role: Role.MODEL_WORKER, organization: worker.organization });
  }
}

/** The account's model-worker role ends with the record (the link stays, as history). */
export async function endModelWorkerRole(em: EntityManager, worker: ModelWorker): Promise<void> {
  if (!worker.account) return;
  for (const grant of await em.find(RoleGrant, { account: worker.account.id, role: Role.MODEL_WORKER })) em.remove(grant);
}
