import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { UserInputError, AccessError } from '../../common/errors/user-input-error.js';
import { AuthError, CommonError, RevocationError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import type { Actor } from '../../common/actor.js';
import { grantsFor, Operation, scopeFilter } from '../account/policy.js';
import { audit } from '../audit/audit.service.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorkerHonor } from '../registry/model-worker-honor.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { HonorRevocation } from './honor-revocation.entity.js';
import { RevocationState } from './revocation.enums.js';
import { stepRevocation } from './revocation.workflow.js';
import type { HonorRevocationReportInput, HonorRevocationStepInput } from './revocation.inputs.js';
import { findLocked } from '../../common/row-lock.js';

/**
 * Reports an honor for revocation. It starts at the viewer's own office nearest the person (a union at
 * or above their employer) and is decided by the body that conferred the honor; for an honor entered
 * without one on record, the top union of the person's tree.
 */
export async function reportRevocation({ em, viewer, now }: Actor, input: HonorRevocationReportInput): Promise<HonorRevocation> {
  viewer.requireAccount();
  const heldId = idOf(input.held, 'ModelWorkerHonor');
  const found = heldId ? await em.findOne(ModelWorkerHonor, heldId) : null;
  if (!found) throw new UserInputError(CommonError.NotFound, ['held']);
  // The record's row is locked first (as a transfer locks it), so a report and a transfer of one record
  // made at once take turns: the transfer then sees the report open, or the report the new keeper.
  // The honor's row next, so reports of one honor made at once take turns: the second finds the first.
  await findLocked(em, ModelWorker, found.modelWorker.id);
  const locked = await findLocked(em, ModelWorkerHonor, found.id);
  if (!locked) throw new UserInputError(CommonError.NotFound, ['held']);
  const held = await em.populate(locked, ['modelWorker.organization']);
  const place = held.modelWorker.getEntity().organization.getEntity();
  const office = grantsFor(viewer, Operation.HONOR_REVOCATION_REPORT)
    .filter((g) => g.path !== null && place.path.startsWith(g.path))
    .sort((a, b) => b.path!.length - a.path!.length)[0];
  if (!office) throw new AccessError(AuthError.Forbidden);
  if (held.revokedAt) throw new UserInputError(RevocationError.AlreadyRevoked, ['held']);
  if (await em.count(HonorRevocation, { held, state: RevocationState.REPORTED })) throw new UserInputError(RevocationError.AlreadyReported, ['held']);
  const top = place.path.split('/').filter(Boolean)[0];
  const revocation = em.create(HonorRevocation, {
    held, modelWorker: held.modelWorker, reportReason: input.reason.trim(),
    at: em.getReference(Organization, office.organizationId!),
    conferringBody: held.conferredBy ?? em.getReference(Organization, top),
  });
  audit(em, viewer, { subject: revocation, action: 'revocation.report', to: revocation.state, reason: revocation.reportReason, at: now });
  return revocation;
}

/** What union staff over the person may read: the reports on the model workers of their subtree. */
function inScope(actor: Actor): FilterQuery<HonorRevocation> {
  return scopeFilter<HonorRevocation>(actor.viewer, Operation.HONOR_REVOCATION_REPORT, (like) => ({ modelWorker: { organization: { path: like } } }));
}

export async function takeRevocationStep(actor: Actor, input: HonorRevocationStepInput): Promise<HonorRevocation> {
  const { em, viewer, now } = actor;
  const id = idOf(input.revocation, 'HonorRevocation');
  const found = id ? await em.findOne(HonorRevocation, { $and: [{ id }, inScope(actor)] }) : null;
  if (!found) throw new UserInputError(CommonError.NotFound, ['revocation']);
  // Locked and read again, so decisions taken at once take turns and the second sees the first.
  const revocation = await em.findOneOrFail(HonorRevocation, found.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  await stepRevocation(em, viewer, revocation, input.action, now, input.reason);
  return revocation;
}

export function revocationsInScope(actor: Actor, page: PageArgs, state?: RevocationState | null) {
  return paginate(actor.em, HonorRevocation, { $and: [inScope(actor), state ? { state } : {}] }, page, { createdAt: 'desc' });
}

export async function revocationInScope(actor: Actor, id: string): Promise<HonorRevocation | null> {
  return actor.em.findOne(HonorRevocation, { $and: [{ id }, inScope(actor)] });
}
