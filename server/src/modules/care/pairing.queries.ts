import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { CarePairing, CarePairingRule } from './pairing.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { may, Operation } from '../account/policy.js';
import { careReadScope } from './care.access.js';
import { AccessError } from '../../common/errors/user-input-error.js';
import { AuthError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import type { ViewerState } from '../account/viewer-state.js';

export interface PairingFilter { active?: boolean | null; modelWorker?: string | null }

/** Pairings the viewer reads (care.access.ts: made in their scope, or of someone they keep now), open and ended: the history. */
export function carePairings(em: EntityManager, viewer: ViewerState, filter: PairingFilter, page: PageArgs) {
  const where: FilterQuery<CarePairing>[] = [careReadScope<CarePairing>(viewer)];
  if (filter.active === true) where.push({ endedOn: null });
  if (filter.active === false) where.push({ endedOn: { $ne: null } });
  if (filter.modelWorker) where.push({ modelWorker: idOf(filter.modelWorker, 'ModelWorker') ?? '00000000-0000-0000-0000-000000000000' });
  return paginate(em, CarePairing, { $and: where }, page, { startedOn: 'desc', createdAt: 'desc' });
}

/** The pairing rule table, read by the offices that pair and the administrators who keep it. */
export function carePairingRules(em: EntityManager, viewer: ViewerState) {
  requireReadsCareStandards(viewer);
  return em.find(CarePairingRule, {}, { orderBy: { level: 'asc' } });
}

/** The care standards (pairing rules, festivals, visiting duties) are read by care staff and by the administrators who keep them. */
export function requireReadsCareStandards(viewer: ViewerState): void {
  viewer.requireAccount();
  if (!may(viewer, Operation.CARE_READ) && !may(viewer, Operation.CARE_RULES_MANAGE)) throw new AccessError(AuthError.Forbidden);
}

/**
 * The signed-in model worker's open pairing (劳模联系卡): only their own, and only the contact's card;
 * null for anyone who is not a registered model worker or is not paired.
 */
export async function myCarePairing(em: EntityManager, viewer: ViewerState): Promise<CarePairing | null> {
  const account = viewer.requireAccount();
  const worker = await em.findOne(ModelWorker, { account: account.id });
  if (!worker) return null;
  return em.findOne(CarePairing, { modelWorker: worker, endedOn: null });
}
