import type { MikroORM } from '@mikro-orm/postgresql';
import { Suggestion } from './suggestion.entity.js';
import { SuggestionState } from './suggestion.enums.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { onBusinessClock } from '../demo-clock/demo-clock.js';
import { NotificationKind as K } from '../notification/notification.enums.js';
import { notify, OFFICE_ROLES, staffAt } from '../notification/notify.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import type { Services } from '../../services.js';
import type { JobDefinition } from '../../common/jobs/job-queue.js';
import { JobName } from '../../common/jobs/job-names.js';

/** Calendar days before an answer is due when the handling department is reminded. */
export const REMIND_DAYS_BEFORE = 3;

/**
 * Reminds the handling department of each assigned suggestion due within the next days, once per
 * deadline (the dedup key: a transfer or reopening sets a new deadline and so a new reminder).
 * Writes nothing else. Returns how many were told.
 */
export async function remindOfDeadlines(orm: MikroORM, now: Date): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    const today = beijingDate(now);
    const until = new Date(Date.parse(`${today}T00:00:00Z`) + REMIND_DAYS_BEFORE * 86_400_000).toISOString().slice(0, 10);
    const due = await em.find(Suggestion, { state: SuggestionState.ASSIGNED, handler: { $ne: null }, deadline: { $gte: today, $lte: until } });
    let told = 0;
    for (const s of due) {
      told += await notify(em, {
        kind: K.SUGGESTION_DEADLINE_NEAR, key: `${s.id}:${s.deadline}`, at: now,
        to: { handlers: await staffAt(em, s.handler!.id, OFFICE_ROLES) },
        subject: { type: 'Suggestion', id: s.id }, link: `/staff/suggestions/${toGlobalId('Suggestion', s.id)}`,
        params: { title: s.title, deadline: s.deadline ?? '' },
      });
    }
    return told;
  });
}

/** Every morning at 8:00 Beijing, by the business clock. */
export function suggestionDeadlineReminderJob(orm: MikroORM, services: Services): JobDefinition {
  return onBusinessClock(orm, services, {
    name: JobName.SuggestionDeadlineReminder, cron: '0 8 * * *', retry: { limit: 3, delaySeconds: 60 },
    act: remindOfDeadlines, says: (n) => `reminded ${n} handler(s) of deadlines`,
  });
}
