import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/audit.service.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { Studio } from './studio.entity.js';
import { StudioStatus } from './studio.enums.js';
import { STUDIO_LEVEL_RULES, ruleBreaches } from './studio-level-rules.js';
import { studioFacts } from './studio-facts.js';

/**
 * When a leader's honor is revoked (退出机制), each studio they lead that keeps its title loses it
 * unless the honors they still hold qualify them to lead at its level; a revoked record qualifies for
 * none. It leaves the public listing with the title (studio.search.ts lists titled studios only).
 * Audited as the studio's revocation, with the honor's reason. Flushes nothing.
 */
export async function revokeStudiosOfLapsedLeader(em: EntityManager, viewer: ViewerState, worker: ModelWorker, reason: string, now: Date): Promise<void> {
  const titled = await em.find(Studio, { leader: worker, status: { $in: [StudioStatus.CERTIFIED, StudioStatus.RECTIFYING] } });
  for (const studio of titled) {
    const lapsed = worker.status === ModelWorkerStatus.REVOKED
      || ruleBreaches(STUDIO_LEVEL_RULES[studio.level], await studioFacts(em, studio, now)).some((b) => b.field === 'leader');
    if (!lapsed) continue;
    const from = studio.status;
    studio.status = StudioStatus.REVOKED;
    audit(em, viewer, { subject: studio, action: 'studio.revoke', from, to: studio.status, reason, at: now });
  }
}
