import type { EntityManager } from '@mikro-orm/postgresql';
import { ModelWorkerHonor } from '../registry/model-worker-honor.entity.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { Studio } from './studio.entity.js';
import { StudioMember, StudioProject, StudioResult } from './studio-parts.entity.js';
import { yearsBetween, type StudioFacts } from './studio-level-rules.js';
import { readTogether } from '../../common/queries.js';

/** The facts the level rules are checked against, as of `now` (revoked honors do not count). */
export async function studioFacts(em: EntityManager, studio: Studio, now: Date): Promise<StudioFacts> {
  // Checked inside the certifying mutation's transaction: one statement at a time there.
  const [held, members, projects, results] = await readTogether(em,
    () => em.find(ModelWorkerHonor, { modelWorker: studio.leader.id, revokedAt: null }, { populate: ['honor'] }),
    () => em.count(StudioMember, { studio }),
    () => em.count(StudioProject, { studio }),
    () => em.count(StudioResult, { studio }),
  );
  return {
    leaderHonors: held.map((h) => {
      const honor = h.honor.getEntity();
      return { level: honor.level, modelWorkerTreatment: honor.modelWorkerTreatment, treatmentLevel: honor.treatmentLevel ?? null };
    }),
    yearsRunning: Math.max(0, yearsBetween(studio.foundedOn, beijingDate(now))),
    members, projects, results,
    venueArea: studio.venueArea,
    annualFunding: studio.annualFunding,
  };
}
