import type { MikroORM } from '@mikro-orm/postgresql';
import { Attachment } from './attachment.entity.js';
import { UNCLAIMED_UPLOAD_HOURS } from './attachment-policy.js';
import type { Services } from '../../services.js';
import { startPeriodicTask } from '../../common/periodic-task.js';

/** How often the sweep looks; an abandoned upload lives at most this much past its day. */
const SWEEP_EVERY_MS = 15 * 60 * 1000;

/** Deletes uploads that no object claimed within UNCLAIMED_UPLOAD_HOURS of `now`; returns how many. */
export async function sweepUnclaimedUploads(orm: MikroORM, now: Date): Promise<number> {
  const before = new Date(now.getTime() - UNCLAIMED_UPLOAD_HOURS * 3600 * 1000);
  return orm.em.fork().nativeDelete(Attachment, { ownerId: null, createdAt: { $lt: before } });
}

/** Runs the sweep periodically inside the app process; the delete is idempotent, so every instance may sweep. */
export function startUnclaimedUploadSweep(orm: MikroORM, services: Services, everyMs = SWEEP_EVERY_MS): { stop(): Promise<void> } {
  return startPeriodicTask('upload sweep', everyMs, async () => {
    const n = await sweepUnclaimedUploads(orm, services.clock.now());
    return n ? `removed ${n} upload(s) never attached within ${UNCLAIMED_UPLOAD_HOURS} h` : null;
  });
}
