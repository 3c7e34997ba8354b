import type { MikroORM } from '@mikro-orm/postgresql';
import { Attachment } from './attachment.entity.js';
import { UNCLAIMED_UPLOAD_HOURS } from './attachment-policy.js';
import type { Services } from '../../services.js';

/** How often the sweep looks; an abandoned upload lives at most this much past its day. */
const SWEEP_EVERY_MS = 15 * 60 * 1000;

/** Deletes uploads that no object claimed within UNCLAIMED_UPLOAD_HOURS of `now`; returns how many. */
export async function sweepUnclaimedUploads(orm: MikroORM, now: Date): Promise<number> {
  const before = new Date(now.getTime() - UNCLAIMED_UPLOAD_HOURS * 3600 * 1000);
  return orm.em.fork().nativeDelete(Attachment, { ownerId: null, createdAt: { $lt: before } });
}

/**
 * Runs the sweep periodically inside the app process (laomo has no job queue yet): every instance
 * sweeps, which is harmless since the delete is idempotent. A failed sweep (database down) is
 * logged and tried again at the next tick.
 */
export function startUnclaimedUploadSweep(orm: MikroORM, services: Services, everyMs = SWEEP_EVERY_MS): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = sweepUnclaimedUploads(orm, services.clock.now())
      .then((n) => { if (n) console.log(`[laomo] removed ${n} upload(s) never attached within ${UNCLAIMED_UPLOAD_HOURS} h`); })
      .catch((error: Error) => console.error(`[laomo] upload sweep failed: ${error.message}`));
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
