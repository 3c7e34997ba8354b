import type { MikroORM } from '@mikro-orm/postgresql';
import dayjs from 'dayjs';
import { Objection } from './objection.entity.js';
import { ObjectionStatus } from './objection.enums.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { loadWorkingCalendar } from '../calendar/calendar.service.js';
import { onBusinessClock } from '../demo-clock/demo-clock.js';
import { NotificationKind as K } from '../notification/notification.enums.js';
import { notify, OFFICE_ROLES, staffAt } from '../notification/notify.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import type { Services } from '../../services.js';
import type { JobDefinition } from '../../common/jobs/job-queue.js';
import { JobName } from '../../common/jobs/job-names.js';

/**
 * Working days after a notice ended before its staff are told again of an objection still open. Five: a
 * notice itself runs at least five working days (公示期不少于5个工作日), so an objection left open for a
 * further whole notice period after the public had its say is holding its candidate up, and the office
 * should hear of it a second time rather than wait for someone to look.
 */
export const STILL_OPEN_AFTER_WORKING_DAYS = 5;

const OPEN = [ObjectionStatus.RECEIVED, ObjectionStatus.INVESTIGATING];

/**
 * An objection still open (received or investigating) once its notice has ended keeps its candidate
 * from the next stage. The notice's staff hear it once when the notice has ended by the business clock,
 * and once more when it is still open `STILL_OPEN_AFTER_WORKING_DAYS` working days after. A run that
 * finds both due (an instance down meanwhile) sends only the second. Once per objection and round (the
 * dedup key); writes nothing else. Returns how many were told.
 */
export async function tellOfObjectionsStillOpen(orm: MikroORM, now: Date): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    const today = beijingDate(now);
    const open = await em.find(Objection, { status: { $in: OPEN }, notice: { endsOn: { $lt: today } } }, { populate: ['notice'], orderBy: { createdAt: 'asc' } });
    if (!open.length) return 0;
    const calendar = await loadWorkingCalendar(em);
    let told = 0;
    for (const objection of open) {
      const notice = objection.notice.getEntity();
      const dayAfterEnd = dayjs(notice.endsOn).add(1, 'day').format('YYYY-MM-DD');
      const round = today > calendar.periodEnd(dayAfterEnd, STILL_OPEN_AFTER_WORKING_DAYS) ? 'late' : 'ended';
      told += await notify(em, {
        kind: K.OBJECTION_STILL_OPEN, key: `${objection.id}:${round}`, at: now,
        to: { noticeStaff: await staffAt(em, notice.organization.id, OFFICE_ROLES) },
        subject: { type: 'Objection', id: objection.id }, link: `/staff/objections/${toGlobalId('Objection', objection.id)}`,
        params: { title: notice.title, endsOn: notice.endsOn, since: beijingDate(objection.createdAt) },
      });
    }
    return told;
  });
}

/** Every 10 minutes by the business clock (the demo clock outside production), like the notice's end. */
export function objectionDeadlinesJob(orm: MikroORM, services: Services): JobDefinition {
  return onBusinessClock(orm, services, {
    name: JobName.ObjectionDeadlines, cron: '*/10 * * * *', retry: { limit: 3, delaySeconds: 30 },
    act: tellOfObjectionsStillOpen, says: (n) => `told ${n} of objections still open`,
  });
}
