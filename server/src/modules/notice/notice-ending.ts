import type { MikroORM } from '@mikro-orm/postgresql';
import { Notice } from './notice.entity.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { onBusinessClock } from '../demo-clock/demo-clock.js';
import { NotificationKind as K } from '../notification/notification.enums.js';
import { notify, OFFICE_ROLES, staffAt } from '../notification/notify.js';
import type { Services } from '../../services.js';
import type { JobDefinition } from '../../common/jobs/job-queue.js';
import { JobName } from '../../common/jobs/job-names.js';

/** How far back a run looks: an instance down for a few days still tells of what ended meanwhile. */
const LOOK_BACK_DAYS = 14;

/**
 * Tells the staff of each notice's office once it has ended by the business clock (the day after its
 * last day). The notice itself is not written: the dedup key (notice and its last day) makes every
 * further run add nothing, so the job may run often, late, twice or on two instances. Returns how many
 * were told.
 */
export async function tellOfEndedNotices(orm: MikroORM, now: Date): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    const today = beijingDate(now);
    const since = new Date(Date.parse(`${today}T00:00:00Z`) - LOOK_BACK_DAYS * 86_400_000).toISOString().slice(0, 10);
    const ended = await em.find(Notice, { endsOn: { $lt: today, $gte: since } });
    let told = 0;
    for (const notice of ended) {
      told += await notify(em, {
        kind: K.NOTICE_ENDED, key: `${notice.id}:${notice.endsOn}`, at: now,
        to: { noticeStaff: await staffAt(em, notice.organization.id, OFFICE_ROLES) },
        subject: { type: 'Notice', id: notice.id }, link: '/staff/notices', params: { title: notice.title, endsOn: notice.endsOn },
      });
    }
    return told;
  });
}

/** Every 10 minutes by the business clock (the demo clock outside production). */
export function noticeEndingJob(orm: MikroORM, services: Services): JobDefinition {
  return onBusinessClock(orm, services, {
    name: JobName.NoticeEnding, cron: '*/10 * * * *', retry: { limit: 3, delaySeconds: 30 },
    act: tellOfEndedNotices, says: (n) => `told ${n} of ended notices`,
  });
}
