import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RecuperationBatch, RecuperationEnrolment, RecuperationPayRule } from './recuperation.entity.js';
import { RecuperationEnrolmentAction as A, RecuperationEnrolmentState as S } from './recuperation.enums.js';
import { EnrolmentParty, RECUPERATION_WORKFLOW, type EnrolmentDays } from './recuperation.workflow.js';
import { bySeatPriority, organizerPlaceYuan } from './recuperation-rules.js';
import { chargeCareBudget } from './care-budget.service.js';
import { CareCharge } from './care-budget.entity.js';
import { entitledLevel, organizerOf, organizes, requireServed, workerToBook } from './care-places.js';
import { isOwnCare, mayReadCare } from './care.access.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { EmploymentStatus } from '../registry/registry.enums.js';
import { may, Operation, requireMay } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { audit } from '../audit/audit.service.js';
import { AccessError, UserInputError } from '../../common/errors/user-input-error.js';
import { flushRefusingDuplicates } from '../../common/unique-index.js';
import { AuthError, CareError, CommonError } from '../../common/errors/catalogue.js';
import { givenFields } from '../../common/update-input.js';
import { idOf } from '../../common/relay/global-id.js';
import type { Actor } from '../../common/actor.js';
import type * as I from './recuperation.inputs.js';
import { tellOfRecuperationOpen } from './care.notifications.js';

/** A batch; who pays the transport and who the rest is copied from the arrangement's rule, so a later change of the rule leaves it. */
export async function createRecuperationBatch(actor: Actor, input: I.RecuperationBatchCreateInput): Promise<RecuperationBatch> {
  const { em, viewer } = actor;
  const organizer = await organizerOf(actor, input.organizer);
  if (input.endsOn < input.startsOn) throw new UserInputError(CareError.BatchDates, ['endsOn']);
  const rule = await em.findOneOrFail(RecuperationPayRule, { arrangement: input.arrangement });
  const batch = em.create(RecuperationBatch, {
    name: input.name.trim(), destination: input.destination.trim(), startsOn: input.startsOn, endsOn: input.endsOn, capacity: input.capacity,
    arrangement: input.arrangement, transportYuan: input.transportYuan, restYuan: input.restYuan,
    transportPayer: rule.transportPayer, restPayer: rule.restPayer, organizer,
  });
  audit(em, viewer, { subject: batch, action: 'care.recuperation_batch_create', at: actor.now, data: { ...input, organizer: organizer.name } });
  await em.flush();
  await tellOfRecuperationOpen(actor, batch);
  return batch;
}

/** The last day of the model worker's last recuperation attended, or null. */
export async function lastRecuperatedOn(em: EntityManager, worker: ModelWorker): Promise<string | null> {
  const last = await em.findOne(RecuperationEnrolment, { modelWorker: worker, state: S.ATTENDED }, { populate: ['batch'], orderBy: { batch: { endsOn: 'desc' } } });
  return last?.batch.getEntity().endsOn ?? null;
}

/**
 * Enrols a model worker in post who holds a title with treatment, until the batch starts. Places are
 * given by `allocateRecuperation`, not first come: the longest without one go first (seed 001).
 */
export async function enrolInRecuperation(actor: Actor, input: I.RecuperationEnrolInput): Promise<RecuperationEnrolment> {
  const { em, viewer } = actor;
  const worker = await workerToBook(actor, input.modelWorker);
  const batchId = idOf(input.batch, 'RecuperationBatch');
  const batch = batchId ? await em.findOne(RecuperationBatch, batchId) : null;
  if (!batch) throw new UserInputError(CommonError.NotFound, ['batch']);
  if (beijingDate(actor.now) >= batch.startsOn) throw new UserInputError(CareError.BatchEnded, ['batch']);
  requireServed(await batch.organizer.loadOrFail(), worker);
  const level = await entitledLevel(em, worker);
  if (worker.employmentStatus !== EmploymentStatus.IN_POST) throw new UserInputError(CareError.NotInPost, ['modelWorker']);
  if (await em.count(RecuperationEnrolment, { batch, modelWorker: worker, state: { $ne: S.WITHDRAWN } })) {
    throw new UserInputError(CareError.AlreadyEnrolled, ['modelWorker']);
  }
  const enrolment = em.create(RecuperationEnrolment, {
    batch, modelWorker: worker, organization: worker.organization, level,
    lastRecuperatedOn: await lastRecuperatedOn(em, worker), enrolledBy: viewer.requireAccount(),
  });
  audit(em, viewer, { subject: enrolment, action: 'care.recuperation_enrol', to: enrolment.state, at: actor.now, data: { batch: batch.name } });
  await flushRefusingDuplicates(em, { recuperation_enrolment_once_per_batch: () => new UserInputError(CareError.AlreadyEnrolled, ['modelWorker']) });
  return enrolment;
}

/**
 * Gives the places left to the applicants and waitlisted, by seat priority (recuperation-rules.ts); the
 * rest wait. The batch row is locked, so two allocations at once do not give a place twice.
 * Confirming a place is the step that commits money: each confirmed place charges the organizer's share
 * (the parts its union pays, not the unit's or 全总's) to the organizer's care budget of the batch's
 * year, one charge per place; past the budget the whole allocation is refused unless an override is given.
 */
export async function allocateRecuperation(actor: Actor, input: I.RecuperationAllocateInput): Promise<RecuperationBatch> {
  const { em, viewer } = actor;
  viewer.requireAccount();
  const id = idOf(input.batch, 'RecuperationBatch');
  const batch = id ? await em.findOne(RecuperationBatch, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!batch) throw new UserInputError(CommonError.NotFound, ['batch']);
  if (!(await organizes(viewer, batch))) throw new AccessError(AuthError.Forbidden);
  const enrolments = await em.find(RecuperationEnrolment, { batch, state: { $in: [S.APPLIED, S.WAITLISTED, S.CONFIRMED] } });
  let left = batch.capacity - enrolments.filter((e) => e.state === S.CONFIRMED).length;
  const days = { today: beijingDate(actor.now), startsOn: batch.startsOn, feedbackGiven: false };
  const organizer = new Set([EnrolmentParty.ORGANIZER]);
  const paying = await batch.organizer.loadOrFail();
  const placeYuan = organizerPlaceYuan(batch);
  for (const enrolment of bySeatPriority(enrolments.filter((e) => e.state !== S.CONFIRMED))) {
    const action = left > 0 ? A.CONFIRM : A.WAITLIST;
    if (action === A.WAITLIST && enrolment.state === S.WAITLISTED) continue;
    const row = await RECUPERATION_WORKFLOW.take(action, { state: enrolment.state, actors: organizer, context: days });
    if (action === A.CONFIRM) left -= 1;
    audit(em, viewer, { subject: enrolment, action: `care.recuperation_${action.toLowerCase()}`, from: enrolment.state, to: row.to, at: actor.now });
    enrolment.state = row.to ?? enrolment.state;
    if (action === A.CONFIRM && placeYuan > 0) {
      await chargeCareBudget(actor, {
        organization: paying, year: Number(batch.startsOn.slice(0, 4)), amountYuan: placeYuan, recuperationEnrolment: enrolment, overrideReason: input.budgetOverrideReason,
      });
      // The next place's check reads what has been charged, this one included.
      await em.flush();
    }
  }
  await em.flush();
  return batch;
}

/**
 * Who the viewer is to an enrolment. The enroller acts for the person: an office over them now (their
 * keeper's line, which a registry transfer moves), not the office that enrolled them before the record moved.
 */
export async function enrolmentParties(viewer: ViewerState, enrolment: RecuperationEnrolment): Promise<Set<EnrolmentParty>> {
  const parties = new Set<EnrolmentParty>();
  // One after another: asked inside a mutation's transaction too, whose one connection takes a statement at a time.
  const worker = await enrolment.modelWorker.load();
  const keeper = await worker?.organization.load();
  const batch = await enrolment.batch.load();
  if (isOwnCare(viewer, worker)) parties.add(EnrolmentParty.PARTICIPANT);
  if (keeper && may(viewer, Operation.CARE_BOOK, keeper)) parties.add(EnrolmentParty.ENROLLER);
  if (batch && (await organizes(viewer, batch))) parties.add(EnrolmentParty.ORGANIZER);
  return parties;
}

/** Whether the viewer may see an enrolment: by the care read rule (care.access.ts, its list's too), or as a party to it. */
export async function maySeeEnrolment(viewer: ViewerState, enrolment: RecuperationEnrolment): Promise<boolean> {
  return (await mayReadCare(viewer, enrolment)) || (await enrolmentParties(viewer, enrolment)).size > 0;
}

export async function enrolmentDays(enrolment: RecuperationEnrolment, now: Date): Promise<EnrolmentDays> {
  const batch = await enrolment.batch.loadOrFail();
  return { today: beijingDate(now), startsOn: batch.startsOn, feedbackGiven: !!enrolment.feedbackAt };
}

async function lockedEnrolment(actor: Actor, globalId: string): Promise<RecuperationEnrolment> {
  const id = idOf(globalId, 'RecuperationEnrolment');
  const enrolment = id ? await actor.em.findOne(RecuperationEnrolment, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!enrolment || !(await maySeeEnrolment(actor.viewer, enrolment))) throw new UserInputError(CommonError.NotFound, ['enrolment']);
  return enrolment;
}

/** Attendance, absence or withdrawal by the table; allocation and feedback have their own mutations. */
export async function stepRecuperationEnrolment(actor: Actor, input: I.RecuperationEnrolmentStepInput): Promise<RecuperationEnrolment> {
  const { em, viewer } = actor;
  viewer.requireAccount();
  const enrolment = await lockedEnrolment(actor, input.enrolment);
  const via = RECUPERATION_WORKFLOW.step(input.action).via;
  if (via) throw new UserInputError(CareError.NotNow, ['action'], { state: enrolment.state, action: input.action });
  const from = enrolment.state;
  const row = await RECUPERATION_WORKFLOW.take(input.action, { state: from, actors: await enrolmentParties(viewer, enrolment), context: await enrolmentDays(enrolment, actor.now) });
  enrolment.state = row.to ?? from;
  // A confirmed place given up before the batch is not paid for: its charge goes back to the budget.
  const charge = enrolment.state === S.WITHDRAWN ? await em.findOne(CareCharge, { recuperationEnrolment: enrolment }) : null;
  if (charge) em.remove(charge);
  audit(em, viewer, {
    subject: enrolment, action: `care.recuperation_${input.action.toLowerCase()}`, from, to: enrolment.state, at: actor.now,
    data: charge ? { budgetReleasedYuan: charge.amountYuan } : undefined,
  });
  await em.flush();
  return enrolment;
}

/** The participant's feedback, once, after attending. */
export async function giveRecuperationFeedback(actor: Actor, input: I.RecuperationFeedbackInput): Promise<RecuperationEnrolment> {
  const { em, viewer } = actor;
  viewer.requireAccount();
  const enrolment = await lockedEnrolment(actor, input.enrolment);
  await RECUPERATION_WORKFLOW.take(A.FEEDBACK, { state: enrolment.state, actors: await enrolmentParties(viewer, enrolment), context: await enrolmentDays(enrolment, actor.now) });
  enrolment.feedbackRating = input.rating;
  enrolment.feedbackText = input.text.trim();
  enrolment.feedbackAt = actor.now;
  audit(em, viewer, { subject: enrolment, action: 'care.recuperation_feedback', at: actor.now, data: { rating: input.rating } });
  await em.flush();
  return enrolment;
}

/** An administrator changes who pays what for an arrangement; batches already set up keep theirs. */
export async function updateRecuperationPayRule(actor: Actor, input: I.RecuperationPayRuleUpdateInput): Promise<RecuperationPayRule> {
  const { em, viewer } = actor;
  requireMay(viewer, Operation.CARE_RULES_MANAGE);
  const id = idOf(input.rule, 'RecuperationPayRule');
  const rule = id ? await em.findOne(RecuperationPayRule, id) : null;
  if (!rule) throw new UserInputError(CommonError.NotFound, ['rule']);
  const before = { transportPayer: rule.transportPayer, restPayer: rule.restPayer };
  const given = givenFields(input, ['transportPayer', 'restPayer'] as const);
  Object.assign(rule, given);
  audit(em, viewer, { subject: rule, action: 'care.recuperation_rule_update', at: actor.now, data: { before, after: given } });
  await em.flush();
  return rule;
}
