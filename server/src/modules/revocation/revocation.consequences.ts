import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViewerState } from '../account/viewer-state.js';
import { audit } from '../audit/audit.service.js';
import { endHonor } from '../registry/honor-ending.js';
import type { ModelWorkerHonor } from '../registry/model-worker-honor.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { revokeStudiosOfLapsedLeader } from '../studio/studio-leader-lapse.js';
import { HonorRevocation } from './honor-revocation.entity.js';
import { RevocationState } from './revocation.enums.js';

/**
 * 退出机制, whichever way it is decided (a report here, or a file's REVOKE step): the honor ends; with
 * no honor left the record is revoked (no public profile, no suggestions, no model-worker role: see
 * registry/honor-ending.ts); a studio the person leads loses its title unless what they still hold
 * qualifies them; a report still open on the honor (other than the one `deciding`) is closed with the same decision. All audited.
 */
export async function revokeHeld(
  em: EntityManager, viewer: ViewerState, held: ModelWorkerHonor, reason: string, now: Date, deciding?: HonorRevocation,
): Promise<void> {
  const worker = await endHonor(em, held, reason, now);
  audit(em, viewer, { subject: worker, action: 'registry.honor_revoked', reason, at: now, data: { honor: held.honor.id, year: held.year } });
  if (worker.status === ModelWorkerStatus.REVOKED) {
    audit(em, viewer, { subject: worker, action: 'registry.record_revoked', from: ModelWorkerStatus.ACTIVE, to: worker.status, reason, at: now });
  }
  // The studio rules read the honors still held from the database.
  await em.flush();
  await revokeStudiosOfLapsedLeader(em, viewer, worker, reason, now);
  for (const open of await em.find(HonorRevocation, { held, state: RevocationState.REPORTED, id: { $ne: deciding?.id ?? null } })) {
    Object.assign(open, { state: RevocationState.REVOKED, decisionReason: reason, decidedAt: now });
    audit(em, viewer, { subject: open, action: 'revocation.revoke', from: RevocationState.REPORTED, to: open.state, reason, at: now });
  }
}
