import { LockMode } from '@mikro-orm/core';
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
 * An honor already ended (by a decision taken meanwhile) is left as it is.
 */
export async function revokeHeld(
  em: EntityManager, viewer: ViewerState, held: ModelWorkerHonor, reason: string, now: Date, deciding?: HonorRevocation,
): Promise<void> {
  // One lock order for every way an honor ends: its open reports, then the record (endHonor), then the honor. A report's
  // decision holds its report when it gets here, so a file's REVOKE step of the same honor locks the reports first too:
  // the two take turns instead of deadlocking on the record, and the second finds the honor ended and leaves it so.
  const open = await em.find(HonorRevocation, { held, state: RevocationState.REPORTED, id: { $ne: deciding?.id ?? null } }, {
    lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true,
  });
  const [stored] = await em.getConnection().execute<{ revoked_at: Date | null }[]>(
    'select revoked_at from model_worker_honor where id = ?', [held.id], 'all', em.getTransactionContext(),
  );
  if (stored?.revoked_at) return;
  const worker = await endHonor(em, held, reason, now);
  audit(em, viewer, { subject: worker, action: 'registry.honor_revoked', reason, at: now, data: { honor: held.honor.id, year: held.year } });
  if (worker.status === ModelWorkerStatus.REVOKED) {
    audit(em, viewer, { subject: worker, action: 'registry.record_revoked', from: ModelWorkerStatus.ACTIVE, to: worker.status, reason, at: now });
  }
  // The studio rules read the honors still held from the database.
  await em.flush();
  await revokeStudiosOfLapsedLeader(em, viewer, worker, reason, now);
  for (const report of open) {
    Object.assign(report, { state: RevocationState.REVOKED, decisionReason: reason, decidedAt: now });
    audit(em, viewer, { subject: report, action: 'revocation.revoke', from: RevocationState.REPORTED, to: report.state, reason, at: now });
  }
}
