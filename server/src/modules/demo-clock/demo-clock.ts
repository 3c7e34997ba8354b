import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../common/jobs/job-queue.js';
import type { Clock, Services } from '../../services.js';
import { keptUntilChanged } from '../../common/database-changes.js';
import { DemoClock } from './demo-clock.entity.js';

const DAY_MS = 86_400_000;

/** A clock that runs `offsetDays` ahead of `base`, keeping the time of day. */
export function clockAhead(base: Clock, offsetDays: number): Clock {
  return offsetDays === 0 ? base : { now: () => new Date(base.now().getTime() + offsetDays * DAY_MS) };
}

// Read by every request: kept in memory while the instance hears of the row's changes, so a request costs no statement.
const keptOffset = keptUntilChanged('demo_clock', async (em: EntityManager) => (await em.findOne(DemoClock, DemoClock.ROW, { disableIdentityMap: true }))?.offsetDays ?? 0);

/** Days the demo runs ahead; never read in production, where the date is always the real one. */
export async function demoOffsetDays(em: EntityManager, services: Services): Promise<number> {
  if (services.config.env === 'production') return 0;
  return keptOffset.read(em, services.changes);
}

/** After a move on this instance: the next request reads the new offset without waiting for the notification. */
export function forgetDemoOffset(services: Services): void {
  keptOffset.forget(services.changes);
}

/** The services one request sees: outside production its business clock is the demo clock. */
export async function requestServices(em: EntityManager, services: Services): Promise<Services> {
  const offset = await demoOffsetDays(em, services);
  return offset === 0 ? services : { ...services, clock: clockAhead(services.clock, offset) };
}

/**
 * A scheduled job that acts at the business clock's "now" (the demo clock outside production, so a demo
 * moved ahead sees its deadlines pass) and logs how much it did, or nothing when it did nothing.
 */
export function onBusinessClock(
  orm: MikroORM, services: Services,
  job: Omit<JobDefinition, 'run'> & { act(orm: MikroORM, now: Date): Promise<number>; says(n: number): string },
): JobDefinition {
  const { act, says, ...definition } = job;
  return {
    ...definition,
    async run() {
      const { clock } = await requestServices(orm.em.fork(), services);
      const n = await act(orm, clock.now());
      return n ? says(n) : null;
    },
  };
}
