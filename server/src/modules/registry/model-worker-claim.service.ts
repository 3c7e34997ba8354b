import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError, ModelWorkerAccountError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import type { Actor } from '../../common/actor.js';
import type { Services } from '../../services.js';
import { Account } from '../account/account.entity.js';
import { requireMay, Operation } from '../account/policy.js';
import { VerificationPurpose } from '../account/account.inputs.js';
import { consumeVerificationCode } from '../account/verification.service.js';
import { audit } from '../audit/audit.service.js';
import { ModelWorker } from './model-worker.entity.js';
import { ModelWorkerStatus } from './registry.enums.js';
import { linkAccount } from './model-worker-account.js';
import type { ModelWorkerAccountLinkInput, ModelWorkerClaimInput, ModelWorkerProfileUpdateInput } from './model-worker-account.inputs.js';
import { givenFields } from '../../common/update-input.js';

/**
 * A model worker claims their record: the code proves the phone on record is theirs. The code is
 * checked first (its tries count and are limited by the verification service, and whether a phone is on
 * record is told only to whoever holds the code); then the live, unclaimed record on that phone is linked.
 */
export async function claimRecord({ em, viewer, now }: Actor, services: Services, input: ModelWorkerClaimInput): Promise<ModelWorker> {
  const account = viewer.requireAccount();
  await consumeVerificationCode(em, services, input.phone, VerificationPurpose.MODEL_WORKER_CLAIM, input.code);
  const worker = await em.findOne(ModelWorker, { phone: input.phone, status: ModelWorkerStatus.ACTIVE, account: null }, { orderBy: { createdAt: 'asc' } });
  if (!worker) throw new UserInputError(ModelWorkerAccountError.NoRecord, ['phone']);
  await linkAccount(em, worker, account);
  audit(em, viewer, { subject: worker, action: 'registry.account_claimed', at: now });
  return worker;
}

/** Union staff over the person link the account registered on their phone. */
export async function linkRecord({ em, viewer, now }: Actor, input: ModelWorkerAccountLinkInput): Promise<ModelWorker> {
  viewer.requireAccount();
  const id = idOf(input.modelWorker, 'ModelWorker');
  const worker = id ? await em.findOne(ModelWorker, { id, status: ModelWorkerStatus.ACTIVE }, { populate: ['organization'] }) : null;
  if (!worker) throw new UserInputError(CommonError.NotFound, ['modelWorker']);
  requireMay(viewer, Operation.MODEL_WORKER_ACCOUNT_LINK, worker.organization.getEntity());
  const account = await em.findOne(Account, { phone: input.accountPhone, disabled: false });
  if (!account) throw new UserInputError(CommonError.NotFound, ['accountPhone']);
  await linkAccount(em, worker, account);
  audit(em, viewer, { subject: worker, action: 'registry.account_linked', at: now, data: { account: account.id } });
  return worker;
}

/** The signed-in person's own live record, if their account is linked to one. */
export function ownLiveRecord({ em, viewer }: Actor): Promise<ModelWorker | null> {
  return em.findOne(ModelWorker, { account: viewer.requireAccount(), status: ModelWorkerStatus.ACTIVE });
}

/** The signed-in model worker's own record; refuses anyone without one. */
async function ownRecord(actor: Actor): Promise<ModelWorker> {
  const worker = await ownLiveRecord(actor);
  if (!worker) throw new UserInputError(ModelWorkerAccountError.NoOwnRecord);
  return worker;
}

/** Changes only what the input names; audited, since consent is what a profile is published on. */
export async function updateOwnProfile(actor: Actor, input: ModelWorkerProfileUpdateInput): Promise<ModelWorker> {
  const worker = await ownRecord(actor);
  Object.assign(worker, givenFields(input, ['profileConsent', 'deedsSummary'] as const));
  if (typeof worker.deedsSummary === 'string') worker.deedsSummary = worker.deedsSummary.trim() || null;
  audit(actor.em, actor.viewer, { subject: worker, action: 'registry.profile_updated', at: actor.now, data: { profileConsent: worker.profileConsent } });
  return worker;
}
