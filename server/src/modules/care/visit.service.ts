import { ref } from '@mikro-orm/core';
import { CareFestival, CareVisit } from './visit.entity.js';
import { CarePairing } from './pairing.entity.js';
import { CareVisitReason } from './visit.enums.js';
import { pastOrToday, workerForCare } from './pairing.service.js';
import { Operation } from '../account/policy.js';
import { audit } from '../audit/audit.service.js';
import { AuthError, CareVisitError, CommonError } from '../../common/errors/catalogue.js';
import { AccessError, UserInputError } from '../../common/errors/user-input-error.js';
import { sealOrNull } from '../../common/sealed-text.js';
import { idOf } from '../../common/relay/global-id.js';
import type { CareVisitFollowUpDoneInput, CareVisitRecordInput } from './visit.inputs.js';
import type { Actor } from '../../common/actor.js';
import { findLocked } from '../../common/row-lock.js';
import { mayFollowUp, mayReadCare } from './care.access.js';

async function festivalOf(actor: Actor, input: CareVisitRecordInput): Promise<CareFestival | null> {
  if (input.reason !== CareVisitReason.FESTIVAL) {
    if (input.festival) throw new UserInputError(CareVisitError.FestivalNotFestival, ['festival']);
    return null;
  }
  if (!input.festival) throw new UserInputError(CareVisitError.FestivalRequired, ['festival']);
  const id = idOf(input.festival, 'CareFestival');
  const festival = id ? await actor.em.findOne(CareFestival, id) : null;
  if (!festival) throw new UserInputError(CommonError.NotFound, ['festival']);
  return festival;
}

/**
 * Records a visit. What was raised and its follow-up are sealed before they are stored, and the audit
 * line names only the reason and who went. A visit by the worker's paired contact is linked to the pairing.
 */
export async function recordVisit(actor: Actor, input: CareVisitRecordInput): Promise<CareVisit> {
  const { em, viewer } = actor;
  const worker = await workerForCare(actor, input.modelWorker, Operation.CARE_VISIT_RECORD);
  const visitedOn = pastOrToday(actor, input.visitedOn, 'visitedOn');
  const festival = await festivalOf(actor, input);
  const visitorName = input.visitorName.trim();
  const pairing = await em.findOne(CarePairing, { modelWorker: worker, partnerKind: input.visitorKind, partnerName: visitorName, startedOn: { $lte: visitedOn }, $or: [{ endedOn: null }, { endedOn: { $gte: visitedOn } }] });
  const visit = em.create(CareVisit, {
    modelWorker: worker, organization: worker.organization, visitedOn, year: Number(visitedOn.slice(0, 4)),
    visitorName, visitorKind: input.visitorKind, reason: input.reason, festival, pairing,
    raisedSealed: sealOrNull(input.raised?.trim()), followUpSealed: sealOrNull(input.followUp?.trim()),
    recordedBy: viewer.requireAccount(),
  });
  audit(em, viewer, {
    subject: visit, action: 'care.visit_record', at: actor.now,
    data: { reason: input.reason, visitorKind: input.visitorKind, festival: festival?.code ?? null, followUp: !!visit.followUpSealed },
  });
  await em.flush();
  return visit;
}

/** Marks a visit's follow-up done, once: by the office that recorded the visit or the one that keeps the person now (care.access.ts). */
export async function markFollowUpDone(actor: Actor, input: CareVisitFollowUpDoneInput): Promise<CareVisit> {
  const { em, viewer } = actor;
  const account = viewer.requireAccount();
  const id = idOf(input.visit, 'CareVisit');
  const visit = id ? await findLocked(em, CareVisit, id, ['organization', 'modelWorker.organization']) : null;
  if (!visit) throw new UserInputError(CommonError.NotFound, ['visit']);
  if (!(await mayFollowUp(viewer, visit))) {
    // Who may not read the visit learns nothing of it; who reads it without serving the person is refused.
    if (!(await mayReadCare(viewer, visit))) throw new UserInputError(CommonError.NotFound, ['visit']);
    throw new AccessError(AuthError.Forbidden);
  }
  if (!visit.followUpSealed) throw new UserInputError(CareVisitError.NoFollowUp, ['visit']);
  if (visit.followUpDoneAt) throw new UserInputError(CareVisitError.FollowUpDone, ['visit']);
  visit.followUpDoneAt = actor.now;
  visit.followUpDoneBy = ref(account);
  audit(em, viewer, { subject: visit, action: 'care.visit_follow_up_done', at: actor.now });
  await em.flush();
  return visit;
}
