import { ref } from '@mikro-orm/core';
import { CarePairing, CarePairingRule } from './pairing.entity.js';
import { pairingLevel, partnerKindFor } from './pairing-rule.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerHonor } from '../registry/model-worker-honor.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { requireMay, Operation } from '../account/policy.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { parseIsoDate } from '../calendar/calendar.service.js';
import { audit } from '../audit/audit.service.js';
import { CareVisitError, CommonError } from '../../common/errors/catalogue.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { label } from '../../common/i18n/messages.js';
import { idOf } from '../../common/relay/global-id.js';
import type { CarePairingCreateInput, CarePairingEndInput } from './visit.inputs.js';
import type { Operation as Op } from '../account/policy.js';
import type { Actor } from '../../common/actor.js';
import { findLocked } from '../../common/row-lock.js';

/** The model worker named, locked, in the viewer's scope for `operation` ("forbidden" elsewhere, as the registry answers). */
export async function workerForCare(actor: Actor, globalId: string, operation: Op): Promise<ModelWorker> {
  actor.viewer.requireAccount();
  const id = idOf(globalId, 'ModelWorker');
  const worker = id ? await findLocked(actor.em, ModelWorker, id, ['organization']) : null;
  if (!worker) throw new UserInputError(CommonError.NotFound, ['modelWorker']);
  requireMay(actor.viewer, operation, worker.organization.getEntity());
  if (worker.status !== ModelWorkerStatus.ACTIVE) throw new UserInputError(CareVisitError.NotInRegistry, ['modelWorker']);
  return worker;
}

/** A Beijing date given (or today), never after today. */
export function pastOrToday(actor: Actor, value: string | null | undefined, field: string): string {
  const today = beijingDate(actor.now);
  const date = value ? parseIsoDate(value, [field]) : today;
  if (date > today) throw new UserInputError(CareVisitError.FutureDate, [field], { today });
  return date;
}

/**
 * Pairs a model worker with a contact of the kind the rules give their level (seed 003: national with a
 * district leader, provincial with a district-union leader, district with a grassroots cadre). The
 * worker's row is locked, so two offices pairing the same person at once make one pairing; the partial
 * unique index on open pairings holds it in the database as well.
 */
export async function createPairing(actor: Actor, input: CarePairingCreateInput): Promise<CarePairing> {
  const { em, viewer } = actor;
  const worker = await workerForCare(actor, input.modelWorker, Operation.CARE_PAIRING_MANAGE);
  const held = await em.find(ModelWorkerHonor, { modelWorker: worker, revokedAt: null }, { populate: ['honor'] });
  // The level a model worker is treated at where the honor carries treatment (全国五一劳动奖章 is treated as
  // provincial in Beijing), else the honor's own level (区级劳模).
  const level = pairingLevel(held.map((h) => h.honor.getEntity().treatmentLevel ?? h.honor.getEntity().level));
  if (!level) throw new UserInputError(CareVisitError.NoHonor, ['modelWorker']);
  const kind = partnerKindFor(await em.find(CarePairingRule, {}), level);
  if (!kind) throw new UserInputError(CareVisitError.NoRule, ['modelWorker'], { level: label(`honor_level/${level}`) });
  if (kind !== input.partnerKind) {
    throw new UserInputError(CareVisitError.PartnerKind, ['partnerKind'], { level: label(`honor_level/${level}`), kind: label(`care_visitor/${kind}`) });
  }
  if (await em.count(CarePairing, { modelWorker: worker, endedOn: null })) throw new UserInputError(CareVisitError.AlreadyPaired, ['modelWorker']);
  const pairing = em.create(CarePairing, {
    modelWorker: worker, organization: worker.organization, level, partnerKind: kind,
    partnerName: input.partnerName.trim(), partnerPost: input.partnerPost.trim(), partnerPhone: input.partnerPhone.trim(),
    startedOn: pastOrToday(actor, input.startedOn, 'startedOn'), createdBy: viewer.requireAccount(),
  });
  audit(em, viewer, { subject: pairing, action: 'care.pairing_create', at: actor.now, data: { level, partnerKind: kind } });
  await em.flush();
  return pairing;
}

/**
 * Ends a pairing with a reason; it stays in the history. The offices over the model worker now end it (their
 * keeper's line, which a registry transfer moves), so a record moved to another keeper is not left with a
 * pairing only the office it left could end, and that office no longer acts for the person.
 */
export async function endPairing(actor: Actor, input: CarePairingEndInput): Promise<CarePairing> {
  const { em, viewer } = actor;
  viewer.requireAccount();
  const id = idOf(input.pairing, 'CarePairing');
  const pairing = id ? await findLocked(em, CarePairing, id) : null;
  if (!pairing) throw new UserInputError(CommonError.NotFound, ['pairing']);
  const worker = await em.findOneOrFail(ModelWorker, pairing.modelWorker.id, { populate: ['organization'] });
  requireMay(viewer, Operation.CARE_PAIRING_MANAGE, worker.organization.getEntity());
  if (pairing.endedOn) throw new UserInputError(CareVisitError.PairingEnded, ['pairing'], { date: pairing.endedOn });
  const endedOn = pastOrToday(actor, input.endedOn, 'endedOn');
  if (endedOn < pairing.startedOn) throw new UserInputError(CareVisitError.BeforeStart, ['endedOn'], { date: pairing.startedOn });
  pairing.endedOn = endedOn;
  pairing.endReason = input.reason.trim();
  pairing.endedBy = ref(viewer.requireAccount());
  audit(em, viewer, { subject: pairing, action: 'care.pairing_end', at: actor.now, reason: pairing.endReason });
  await em.flush();
  return pairing;
}
