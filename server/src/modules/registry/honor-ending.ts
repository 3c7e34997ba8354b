import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { ModelWorker } from './model-worker.entity.js';
import { ModelWorkerHonor } from './model-worker-honor.entity.js';
import { ModelWorkerStatus } from './registry.enums.js';
import { endModelWorkerRole } from './model-worker-account.js';

/**
 * 退出机制 in the registry: the honor ends with its reason; with no honor left, the record is revoked,
 * so its treatment, public profile and suggestion rights end with it, and the account loses the
 * model-worker role. Returns the record. Flushes nothing.
 */
export async function endHonor(em: EntityManager, held: ModelWorkerHonor, reason: string, now: Date): Promise<ModelWorker> {
  // The record is locked before the honor's row is written (at the caller's flush): a report or a transfer
  // of the same record locks the record first too, so the two take turns rather than deadlock.
  const worker = await em.findOneOrFail(ModelWorker, held.modelWorker.id);
  await em.lock(worker, LockMode.PESSIMISTIC_WRITE);
  held.revokedAt = now;
  held.revokeReason = reason;
  const left = await em.count(ModelWorkerHonor, { modelWorker: worker, revokedAt: null, id: { $ne: held.id } });
  if (!left) {
    worker.status = ModelWorkerStatus.REVOKED;
    await endModelWorkerRole(em, worker);
  }
  return worker;
}
