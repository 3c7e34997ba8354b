import type { EntityManager } from '@mikro-orm/postgresql';
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
  held.revokedAt = now;
  held.revokeReason = reason;
  const worker = await em.findOneOrFail(ModelWorker, held.modelWorker.id);
  const left = await em.count(ModelWorkerHonor, { modelWorker: worker, revokedAt: null, id: { $ne: held.id } });
  if (!left) {
    worker.status = ModelWorkerStatus.REVOKED;
    await endModelWorkerRole(em, worker);
  }
  return worker;
}
