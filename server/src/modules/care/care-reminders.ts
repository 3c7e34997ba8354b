import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { overdueCutoff } from './recuperation-rules.js';
import { recuperationOverdueByKeeper } from './care-gaps.queries.js';
import { uncoveredByKeeper } from './visit.queries.js';
import { beijingWeek } from './visit-coverage.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { onBusinessClock } from '../demo-clock/demo-clock.js';
import { NotificationKind as K } from '../notification/notification.enums.js';
import { notify, staffAt, UNION_OFFICE_ROLES } from '../notification/notify.js';
import type { Services } from '../../services.js';
import type { JobDefinition } from '../../common/jobs/job-queue.js';
import { JobName } from '../../common/jobs/job-names.js';

type Kind = K.RECUPERATION_ROTATION_DUE | K.VISIT_COVERAGE_DUE;

/**
 * One notification per keeping office and period: how many of the people it keeps wait (a count, never
 * a name or anything about their health), linked to the page that lists them. The staff of the keeper
 * itself hear it, as they keep the registry and owe the care. Returns how many were told.
 */
async function tellOffices(
  em: EntityManager, kind: Kind, period: string, link: string, at: Date,
  counts: readonly { organizationId: string; people: number }[], params: Record<string, string>,
): Promise<number> {
  let told = 0;
  for (const { organizationId, people } of counts) {
    told += await notify(em, {
      kind, key: `${organizationId}:${period}`, at,
      to: { careOffice: await staffAt(em, organizationId, UNION_OFFICE_ROLES) },
      subject: { type: 'Organization', id: organizationId }, link, params: { ...params, count: String(people) },
    });
  }
  return told;
}

/**
 * 疗休养轮换: those in post, entitled, whose last recuperation ended two years ago or more (or never had
 * one), counted by keeping office: once per office and week (the week's Monday is the key), so a job run
 * again that week, or on two instances, adds nothing.
 */
export async function remindOfRecuperationRotation(orm: MikroORM, now: Date): Promise<number> {
  const today = beijingDate(now);
  return orm.em.fork().transactional(async (em) => {
    const counts = await recuperationOverdueByKeeper(em, overdueCutoff(today));
    return tellOffices(em, K.RECUPERATION_ROTATION_DUE, `week-${beijingWeek(today)[0]}`, '/staff/care/recuperation', now, counts, { date: today });
  });
}

/**
 * 走访慰问覆盖: those in the registry not yet visited this Beijing year as the duties ask, counted by the
 * office that keeps them and owes the visits: once per office and month.
 */
export async function remindOfVisitCoverage(orm: MikroORM, now: Date): Promise<number> {
  const today = beijingDate(now);
  const year = Number(today.slice(0, 4));
  return orm.em.fork().transactional(async (em) => {
    const counts = await uncoveredByKeeper(em, year);
    return tellOffices(em, K.VISIT_COVERAGE_DUE, `month-${today.slice(0, 7)}`, '/staff/care/coverage', now, counts, { date: today, year: String(year) });
  });
}

/** Mondays at 9:00 Beijing, by the business clock. */
export function recuperationRotationJob(orm: MikroORM, services: Services): JobDefinition {
  return onBusinessClock(orm, services, {
    name: JobName.RecuperationRotation, cron: '0 9 * * 1', retry: { limit: 3, delaySeconds: 60 },
    act: remindOfRecuperationRotation, says: (n) => `told ${n} of model workers due a recuperation`,
  });
}

/** The first of each month at 9:00 Beijing, by the business clock. */
export function visitCoverageJob(orm: MikroORM, services: Services): JobDefinition {
  return onBusinessClock(orm, services, {
    name: JobName.VisitCoverage, cron: '0 9 1 * *', retry: { limit: 3, delaySeconds: 60 },
    act: remindOfVisitCoverage, says: (n) => `told ${n} of model workers not yet visited`,
  });
}
