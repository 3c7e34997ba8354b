import type { MikroORM } from '@mikro-orm/postgresql';
import { ModelWorkerStatus } from './registry.enums.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { onBusinessClock } from '../demo-clock/demo-clock.js';
import { NotificationKind as K } from '../notification/notification.enums.js';
import { notify, staffAt, UNION_OFFICE_ROLES } from '../notification/notify.js';
import type { Services } from '../../services.js';
import type { JobDefinition } from '../../common/jobs/job-queue.js';
import { JobName } from '../../common/jobs/job-names.js';

/**
 * The yearly update's two reminders, by Beijing date in December: when it opens (from 1 December) and a
 * week before the year ends (from 24 December). A run on or after the 24th sends only the second, so a
 * late first run never sends both on one day.
 */
export function yearlyRound(today: string): 'opens' | 'lastWeek' | null {
  const [, month, day] = today.split('-').map(Number) as [number, number, number];
  if (month !== 12) return null;
  return day >= 24 ? 'lastWeek' : 'opens';
}

/**
 * Tells, in December, each model worker with an account whose record is kept (ACTIVE: neither deceased
 * nor revoked) and not yet confirmed this year, and the staff of each keeping office how many of its
 * records wait. Once per person, year and round (the dedup key): the job may run daily, late, twice or on
 * two instances. Writes nothing else. Returns how many were told.
 */
export async function remindOfYearlyUpdate(orm: MikroORM, now: Date): Promise<number> {
  const today = beijingDate(now);
  const round = yearlyRound(today);
  if (!round) return 0;
  const year = Number(today.slice(0, 4));
  return orm.em.fork().transactional(async (em) => {
    const pending: { id: string; account_id: string | null; organization_id: string }[] = await em.getConnection().execute(
      `select id, account_id, organization_id from model_worker
       where status = ? and (confirmed_year is null or confirmed_year < ?) order by organization_id, id`,
      [ModelWorkerStatus.ACTIVE, year], 'all', em.getTransactionContext(),
    );
    let told = 0;
    for (const w of pending) {
      if (!w.account_id) continue;
      told += await notify(em, {
        kind: K.REGISTRY_YEARLY_UPDATE, key: `${year}:${round}`, at: now, to: { modelWorker: [w.account_id] },
        subject: { type: 'ModelWorker', id: w.id }, link: '/me', params: { year: String(year) },
      });
    }
    const byKeeper = new Map<string, number>();
    for (const w of pending) byKeeper.set(w.organization_id, (byKeeper.get(w.organization_id) ?? 0) + 1);
    for (const [keeper, count] of byKeeper) {
      told += await notify(em, {
        kind: K.REGISTRY_YEARLY_PENDING, key: `${year}:${round}:${keeper}`, at: now,
        to: { keeper: await staffAt(em, keeper, UNION_OFFICE_ROLES) },
        subject: { type: 'Organization', id: keeper }, link: '/staff/registry/yearly', params: { year: String(year), count: String(count) },
      });
    }
    return told;
  });
}

/** Every morning at 9:00 Beijing, by the business clock; it acts in December only. */
export function registryYearlyReminderJob(orm: MikroORM, services: Services): JobDefinition {
  return onBusinessClock(orm, services, {
    name: JobName.RegistryYearlyReminder, cron: '0 9 * * *', retry: { limit: 3, delaySeconds: 60 },
    act: remindOfYearlyUpdate, says: (n) => `reminded ${n} of the registry's yearly update`,
  });
}
