import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViewerState } from '../account/viewer-state.js';
import type { ModelWorkerHonor } from '../registry/model-worker-honor.entity.js';

/**
 * What revoking a conferred honor sets off beyond the registry: the person's studio loses its
 * certification when its leader no longer qualifies. Studios and the revocation process come after
 * nominations, so the revocation module answers (revocation/revocation.consequences.ts) and
 * modules/index.ts hands the answer over once: a file's REVOKE and a reported revocation end alike.
 */
export type HonorRevoker = (em: EntityManager, viewer: ViewerState, held: ModelWorkerHonor, reason: string, now: Date) => Promise<void>;

let revoker: HonorRevoker | null = null;

export function provideHonorRevoker(provided: HonorRevoker): void {
  revoker = provided;
}

export function revokeHeldHonor(...args: Parameters<HonorRevoker>): Promise<void> {
  if (!revoker) throw new Error('no honor revoker for nominations: modules/index.ts provides it');
  return revoker(...args);
}
