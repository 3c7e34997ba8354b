import type { MikroORM } from '@mikro-orm/postgresql';
import { Attachment } from './attachment.entity.js';
import { UNCLAIMED_UPLOAD_HOURS } from './attachment-policy.js';
import type { Services } from '../../services.js';
import type { JobDefinition } from '../../common/jobs/job-queue.js';
import { JobName } from '../../common/jobs/job-names.js';

/** Deletes uploads that no object claimed within UNCLAIMED_UPLOAD_HOURS of `now`; returns how many. */
export async function sweepUnclaimedUploads(orm: MikroORM, now: Date): Promise<number> {
  const before = new Date(now.getTime() - UNCLAIMED_UPLOAD_HOURS * 3600 * 1000);
  return orm.em.fork().nativeDelete(Attachment, { ownerId: null, createdAt: { $lt: before } });
}

/**
 * The job that sweeps, every 15 minutes (an abandoned upload lives at most that much past its day).
 * The delete is idempotent, so a retry or a late run does no harm.
 */
export function unclaimedUploadSweepJob(orm: MikroORM, services: Services): JobDefinition {
  return {
    name: JobName.UnclaimedUploadSweep,
    cron: '*/15 * * * *',
    retry: { limit: 3, delaySeconds: 60 },
    async run() {
      const n = await sweepUnclaimedUploads(orm, services.clock.now());
      return n ? `removed ${n} upload(s) never attached within ${UNCLAIMED_UPLOAD_HOURS} h` : null;
    },
  };
}
