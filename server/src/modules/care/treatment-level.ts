import type { EntityManager } from '@mikro-orm/postgresql';
import { HonorLevel } from '../honor/honor.enums.js';
import { ModelWorkerHonor } from '../registry/model-worker-honor.entity.js';

const RANK: Record<HonorLevel, number> = { [HonorLevel.NATIONAL]: 2, [HonorLevel.PROVINCIAL]: 1, [HonorLevel.DISTRICT]: 0 };

/**
 * The model-worker treatment each worker enjoys now: the highest treatment level of the titles they
 * still hold (a revoked title carries none). Workers without one are absent from the map.
 */
export async function treatmentLevels(em: EntityManager, workerIds: readonly string[]): Promise<Map<string, HonorLevel>> {
  const held = await em.find(ModelWorkerHonor, {
    modelWorker: { $in: [...workerIds] }, revokedAt: null,
    honor: { modelWorkerTreatment: true, treatmentLevel: { $in: [HonorLevel.NATIONAL, HonorLevel.PROVINCIAL] } },
  }, { populate: ['honor'] });
  const levels = new Map<string, HonorLevel>();
  for (const h of held) {
    const level = h.honor.getEntity().treatmentLevel!;
    const id = h.modelWorker.id;
    const before = levels.get(id);
    if (!before || RANK[level] > RANK[before]) levels.set(id, level);
  }
  return levels;
}
