import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HealthCheckBatch, HealthCheckBooking, HealthCheckElsewhere, HealthCheckPackage } from './health-check.entity.js';
import { pastOrToday, workerForCare } from './pairing.service.js';
import type { ModelWorker } from '../registry/model-worker.entity.js';
import { HealthCheckBookingAction as A, HealthCheckBookingState as S } from './health-check.enums.js';
import { BookingParty, HEALTH_CHECK_WORKFLOW } from './health-check.workflow.js';
import { healthCheckSplit, organizerChargeYuan } from './health-check-cost.js';
import { chargeCareBudget } from './care-budget.service.js';
import { entitledLevel, organizerOf, organizes, requireServed, workerToBook } from './care-places.js';
import { isOwnCare, keptInScope, mayReadCare } from './care.access.js';
import { may, Operation, requireMay } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { audit } from '../audit/audit.service.js';
import { CareError, CommonError } from '../../common/errors/catalogue.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { flushRefusingDuplicates } from '../../common/unique-index.js';
import { givenFields } from '../../common/update-input.js';
import { idOf } from '../../common/relay/global-id.js';
import { seal } from '../../common/sealed-text.js';
import type { Actor } from '../../common/actor.js';
import { readTogether } from '../../common/queries.js';
import type {
  HealthCheckBatchCreateInput, HealthCheckBookingStepInput, HealthCheckBookInput, HealthCheckElsewhereRecordInput, HealthCheckPackageUpdateInput,
} from './health-check.inputs.js';

/** A city or district office sets up a batch at a venue. */
export async function createHealthCheckBatch(actor: Actor, input: HealthCheckBatchCreateInput): Promise<HealthCheckBatch> {
  const { em, viewer } = actor;
  const organizer = await organizerOf(actor, input.organizer);
  if (input.endsOn < input.startsOn) throw new UserInputError(CareError.BatchDates, ['endsOn']);
  const batch = em.create(HealthCheckBatch, {
    name: input.name.trim(), venue: input.venue.trim(), startsOn: input.startsOn, endsOn: input.endsOn,
    capacity: input.capacity, year: Number(input.startsOn.slice(0, 4)), organizer,
  });
  audit(em, viewer, { subject: batch, action: 'care.check_batch_create', at: actor.now, data: { ...input, organizer: organizer.name } });
  await em.flush();
  return batch;
}

/** Places taken in a batch: every booking not cancelled. */
export function placesTaken(em: EntityManager, batch: HealthCheckBatch): Promise<number> {
  return em.count(HealthCheckBooking, { batch, state: { $ne: S.CANCELLED } });
}

/**
 * Books a place. The batch row is locked first, so of concurrent bookings for its last place one gets it
 * and the others are told it is full; a second booking in the same year is refused here and, under a
 * race, by the partial unique index (one booking not cancelled per person and year).
 */
export async function bookHealthCheck(actor: Actor, input: HealthCheckBookInput): Promise<HealthCheckBooking> {
  const { em, viewer } = actor;
  const worker = await workerToBook(actor, input.modelWorker);
  const batchId = idOf(input.batch, 'HealthCheckBatch');
  const batch = batchId ? await em.findOne(HealthCheckBatch, batchId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!batch) throw new UserInputError(CommonError.NotFound, ['batch']);
  if (beijingDate(actor.now) > batch.endsOn) throw new UserInputError(CareError.BatchEnded, ['batch']);
  requireServed(await batch.organizer.loadOrFail(), worker);
  const level = await entitledLevel(em, worker);
  const packageId = idOf(input.package, 'HealthCheckPackage');
  const pack = packageId ? await em.findOne(HealthCheckPackage, packageId) : null;
  if (!pack || !pack.active) throw new UserInputError(CommonError.NotFound, ['package']);
  if (pack.level !== level) throw new UserInputError(CareError.PackageLevel, ['package']);
  await lockChecksOfYear(em, worker.id, batch.year);
  if (await checkedInYear(em, worker, batch.year)) throw new UserInputError(CareError.CheckedThisYear, ['modelWorker'], { year: batch.year });
  if ((await placesTaken(em, batch)) >= batch.capacity) throw new UserInputError(CareError.BatchFull, ['batch'], { capacity: batch.capacity });
  const booking = em.create(HealthCheckBooking, {
    batch, modelWorker: worker, organization: worker.organization, package: pack, level, year: batch.year,
    ...healthCheckSplit(pack.priceYuan, pack.unitSharePercent), bookedBy: viewer.requireAccount(),
  });
  audit(em, viewer, { subject: booking, action: 'care.check_book', to: booking.state, at: actor.now, data: { batch: batch.name, package: pack.name } });
  // Booked in another batch of the year at the same moment: the index holds, and says so in words.
  await flushRefusingDuplicates(em, {
    health_check_booking_once_a_year: () => new UserInputError(CareError.CheckedThisYear, ['modelWorker'], { year: batch.year }),
  });
  return booking;
}

/** One model worker's checks of a year are decided one at a time: a booking and a check recorded elsewhere at once cannot both pass. */
async function lockChecksOfYear(em: EntityManager, workerId: string, year: number): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended('health-check:' || ? || ':' || ?, 0))`, [workerId, year]);
}

/** Whether the model worker has the year's check: a booking not cancelled, or a check recorded as done elsewhere. */
async function checkedInYear(em: EntityManager, worker: ModelWorker, year: number): Promise<boolean> {
  const [booked, elsewhere] = await readTogether(em,
    () => em.count(HealthCheckBooking, { modelWorker: worker, year, state: { $ne: S.CANCELLED } }),
    () => em.count(HealthCheckElsewhere, { modelWorker: worker, year }),
  );
  return booked + elsewhere > 0;
}

/**
 * The office over a model worker records a check they had at another hospital (院外体检); it counts as the
 * year's check, so they leave the "no check this year" list and are not booked again that year.
 */
export async function recordHealthCheckElsewhere(actor: Actor, input: HealthCheckElsewhereRecordInput): Promise<HealthCheckElsewhere> {
  const { em, viewer } = actor;
  const worker = await workerForCare(actor, input.modelWorker, Operation.CARE_BOOK);
  await entitledLevel(em, worker);
  const checkedOn = pastOrToday(actor, input.checkedOn, 'checkedOn');
  const year = Number(checkedOn.slice(0, 4));
  await lockChecksOfYear(em, worker.id, year);
  if (await checkedInYear(em, worker, year)) throw new UserInputError(CareError.CheckedThisYear, ['modelWorker'], { year });
  const record = em.create(HealthCheckElsewhere, {
    modelWorker: worker, organization: worker.organization, year, checkedOn, hospital: input.hospital.trim(), recordedBy: viewer.requireAccount(),
  });
  audit(em, viewer, { subject: record, action: 'care.check_elsewhere', at: actor.now, data: { year, checkedOn, hospital: record.hospital } });
  await em.flush();
  return record;
}

/**
 * Who the viewer is to a booking. The booker acts for the person: the model worker themself, or an office
 * over them now (their keeper's line, which a registry transfer moves), not the office that booked before
 * the record moved away.
 */
export async function bookingParties(viewer: ViewerState, booking: HealthCheckBooking): Promise<Set<BookingParty>> {
  const parties = new Set<BookingParty>();
  // One after another: asked inside a mutation's transaction too, whose one connection takes a statement at a time.
  const worker = await booking.modelWorker.load();
  const keeper = await worker?.organization.load();
  const batch = await booking.batch.load();
  if (isOwnCare(viewer, worker) || (keeper && may(viewer, Operation.CARE_BOOK, keeper))) parties.add(BookingParty.BOOKER);
  if (batch && (await organizes(viewer, batch))) parties.add(BookingParty.ORGANIZER);
  return parties;
}

/** Whether the viewer may see a booking: by the care read rule (care.access.ts, its list's too), or as a party to it. */
export async function maySeeBooking(viewer: ViewerState, booking: HealthCheckBooking): Promise<boolean> {
  return (await mayReadCare(viewer, booking)) || (await bookingParties(viewer, booking)).size > 0;
}

/**
 * Whether the viewer may read the conclusion (health information): the model worker themself and the offices
 * over them now only. An office that booked the check before the record moved to another keeper still lists
 * the booking, but not what the check found.
 */
export async function maySeeConclusion(viewer: ViewerState, booking: HealthCheckBooking): Promise<boolean> {
  const worker = await booking.modelWorker.load();
  return isOwnCare(viewer, worker) || (await keptInScope(viewer, worker));
}

/**
 * Attendance (with the sealed conclusion), absence or cancellation, by the table in health-check.workflow.ts.
 * Attendance is the step that spends money: the venue bills the organizer for the checks it did, while a
 * booking cancelled or missed costs nothing. So the organizer's share (the part the unit does not pay) is
 * charged to the organizer's care budget of the batch's year then, refused past the budget without an override.
 */
export async function stepHealthCheckBooking(actor: Actor, input: HealthCheckBookingStepInput): Promise<HealthCheckBooking> {
  const { em, viewer } = actor;
  viewer.requireAccount();
  const id = idOf(input.booking, 'HealthCheckBooking');
  const booking = id ? await em.findOne(HealthCheckBooking, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!booking || !(await maySeeBooking(viewer, booking))) throw new UserInputError(CommonError.NotFound, ['booking']);
  const batch = await booking.batch.loadOrFail();
  const from = booking.state;
  const row = await HEALTH_CHECK_WORKFLOW.take(input.action, {
    state: from, actors: await bookingParties(viewer, booking), context: { today: beijingDate(actor.now), startsOn: batch.startsOn },
  });
  booking.state = row.to ?? from;
  if (input.action === A.ATTEND) {
    booking.attendedAt = actor.now;
    if (input.result?.trim()) booking.resultSealed = seal(input.result.trim());
    const amountYuan = organizerChargeYuan(booking);
    if (amountYuan > 0) {
      await chargeCareBudget(actor, {
        organization: await batch.organizer.loadOrFail(), year: batch.year, amountYuan, checkBooking: booking, overrideReason: input.budgetOverrideReason,
      });
    }
  }
  // The conclusion is health information: the audit line says only that one was recorded.
  audit(em, viewer, {
    subject: booking, action: `care.check_${input.action.toLowerCase()}`, from, to: booking.state, at: actor.now,
    data: input.action === A.ATTEND ? { resultRecorded: !!booking.resultSealed } : undefined,
  });
  await em.flush();
  return booking;
}

/** An administrator changes a package's price, the unit's share, or whether it is offered; bookings keep their split. */
export async function updateHealthCheckPackage(actor: Actor, input: HealthCheckPackageUpdateInput): Promise<HealthCheckPackage> {
  const { em, viewer } = actor;
  requireMay(viewer, Operation.CARE_RULES_MANAGE);
  const id = idOf(input.package, 'HealthCheckPackage');
  const pack = id ? await em.findOne(HealthCheckPackage, id) : null;
  if (!pack) throw new UserInputError(CommonError.NotFound, ['package']);
  const before = { priceYuan: pack.priceYuan, unitSharePercent: pack.unitSharePercent, active: pack.active };
  const given = givenFields(input, ['priceYuan', 'unitSharePercent', 'active'] as const);
  Object.assign(pack, given);
  audit(em, viewer, { subject: pack, action: 'care.check_package_update', at: actor.now, data: { before, after: given } });
  await em.flush();
  return pack;
}
