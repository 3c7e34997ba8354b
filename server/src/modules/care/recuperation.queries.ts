import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { RecuperationBatch, RecuperationEnrolment, RecuperationPayRule } from './recuperation.entity.js';
import { RecuperationEnrolmentState as S } from './recuperation.enums.js';
import { batchScope, ownWorker } from './care-places.js';
import { careReadScope } from './care.access.js';
import type { ViewerState } from '../account/viewer-state.js';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';

/** Who pays what, by arrangement: anyone signed in (it is what a place would cost whom). */
export function recuperationPayRules(em: EntityManager, viewer: ViewerState) {
  viewer.requireAccount();
  return em.find(RecuperationPayRule, {}, { orderBy: { arrangement: 'asc' } });
}

/** Batches the viewer sees (care-places.ts), latest first; `openOn`: those not yet started, which take enrolments. */
export async function recuperationBatches(em: EntityManager, viewer: ViewerState, filter: { openOn?: string | null }, page: PageArgs) {
  const where: object[] = [await batchScope(em, viewer)];
  if (filter.openOn) where.push({ startsOn: { $gt: filter.openOn } });
  return paginate(em, RecuperationBatch, { $and: where } as FilterQuery<RecuperationBatch>, page, { startsOn: 'desc' });
}

/** Enrolments the viewer reads (care.access.ts), in the order places are given (the longest without one first). */
export function recuperationEnrolments(em: EntityManager, viewer: ViewerState, filter: { batch?: string | null; state?: S | null }, page: PageArgs) {
  const where: FilterQuery<RecuperationEnrolment>[] = [careReadScope<RecuperationEnrolment>(viewer)];
  if (filter.batch) where.push({ batch: idOf(filter.batch, 'RecuperationBatch') ?? null });
  if (filter.state) where.push({ state: filter.state });
  return paginate(em, RecuperationEnrolment, { $and: where }, page, { batch: { startsOn: 'desc' }, lastRecuperatedOn: 'asc nulls first', createdAt: 'asc' });
}

/** The model worker's own enrolments, newest first. */
export async function viewerRecuperationEnrolments(em: EntityManager, viewer: ViewerState, page: PageArgs) {
  const own = await ownWorker(em, viewer);
  return paginate(em, RecuperationEnrolment, own ? { modelWorker: own } : { id: null }, page, { createdAt: 'desc' });
}

/** Places given (confirmed or attended) in a batch. */
export function placesGiven(em: EntityManager, batch: RecuperationBatch): Promise<number> {
  return em.count(RecuperationEnrolment, { batch, state: { $in: [S.CONFIRMED, S.ATTENDED, S.ABSENT] } });
}
