import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { HealthCheckBatch, HealthCheckBooking, HealthCheckPackage } from './health-check.entity.js';
import { HealthCheckBookingState } from './health-check.enums.js';
import { batchScope, ownWorker } from './care-places.js';
import { careReadScope } from './care.access.js';
import type { ViewerState } from '../account/viewer-state.js';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import { openOrNull } from '../../common/sealed-text.js';
import { maySeeConclusion } from './health-check.service.js';

/** The packages offered now (what a booking would cost and who pays): anyone signed in. */
export function healthCheckPackages(em: EntityManager, viewer: ViewerState) {
  viewer.requireAccount();
  return em.find(HealthCheckPackage, {}, { orderBy: { level: 'asc', priceYuan: 'asc' } });
}

/** Batches the viewer sees (care-places.ts), soonest last; `open`: those not yet ended. */
export async function healthCheckBatches(em: EntityManager, viewer: ViewerState, filter: { year?: number | null; openOn?: string | null }, page: PageArgs) {
  const where: object[] = [await batchScope(em, viewer)];
  if (filter.year) where.push({ year: filter.year });
  if (filter.openOn) where.push({ endsOn: { $gte: filter.openOn } });
  return paginate(em, HealthCheckBatch, { $and: where } as FilterQuery<HealthCheckBatch>, page, { startsOn: 'desc' });
}

export interface BookingFilter {
  batch?: string | null;
  year?: number | null;
  state?: HealthCheckBookingState | null;
}

/** Bookings the viewer reads (care.access.ts: made in their scope, or of someone they keep now), by batch and name. */
export function healthCheckBookings(em: EntityManager, viewer: ViewerState, filter: BookingFilter, page: PageArgs) {
  const where: FilterQuery<HealthCheckBooking>[] = [careReadScope<HealthCheckBooking>(viewer)];
  if (filter.batch) where.push({ batch: idOf(filter.batch, 'HealthCheckBatch') ?? null });
  if (filter.year) where.push({ year: filter.year });
  if (filter.state) where.push({ state: filter.state });
  return paginate(em, HealthCheckBooking, { $and: where }, page, { batch: { startsOn: 'desc' }, modelWorker: { name: 'asc' } });
}

/** The model worker's own bookings, newest first. */
export async function viewerHealthCheckBookings(em: EntityManager, viewer: ViewerState, page: PageArgs) {
  const own = await ownWorker(em, viewer);
  return paginate(em, HealthCheckBooking, own ? { modelWorker: own } : { id: null }, page, { year: 'desc', createdAt: 'desc' });
}

/** The sealed conclusion, opened for the model worker themself and the offices over them now; nobody else. */
export async function bookingResult(viewer: ViewerState, booking: HealthCheckBooking): Promise<string | null> {
  return (await maySeeConclusion(viewer, booking)) ? openOrNull(booking.resultSealed) : null;
}
