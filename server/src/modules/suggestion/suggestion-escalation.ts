import { LockMode, ref } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Suggestion } from './suggestion.entity.js';
import { SuggestionState } from './suggestion.enums.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { audit } from '../audit/audit.service.js';
import { ViewerState } from '../account/viewer-state.js';
import type { Organization } from '../organization/organization.entity.js';
import { onBusinessClock } from '../demo-clock/demo-clock.js';
import type { Services } from '../../services.js';
import type { JobDefinition } from '../../common/jobs/job-queue.js';
import { JobName } from '../../common/jobs/job-names.js';
import { NotificationKind as K } from '../notification/notification.enums.js';
import { notify, OFFICE_ROLES, staffAt } from '../notification/notify.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { authorAccount } from './suggestion.notifications.js';
import type { EntityManager } from '@mikro-orm/postgresql';

/** The author hears their deadline passed; the supervising office that it came up to them. Once per deadline. */
async function tellOfEscalation(em: EntityManager, s: Suggestion, supervisor: Organization, owes: Organization, now: Date): Promise<void> {
  const id = toGlobalId('Suggestion', s.id);
  const base = { key: `${s.id}:${s.deadline}`, subject: { type: 'Suggestion', id: s.id }, at: now, params: { title: s.title, deadline: s.deadline ?? '', owedBy: owes.name } };
  await notify(em, { ...base, kind: K.SUGGESTION_OVERDUE, to: { author: [await authorAccount(em, s)] }, link: `/suggestions/${id}` });
  await notify(em, { ...base, kind: K.SUGGESTION_ESCALATED, to: { supervisor: await staffAt(em, supervisor.id, OFFICE_ROLES) }, link: `/staff/suggestions/${id}` });
}

/**
 * Records each missed deadline once: the suggestion goes up to the supervising office (the parent
 * of whoever owes the step) with an audit line dated the first overdue day. Overdue itself is
 * computed from the clock and the calendar when read; this makes the escalation visible and recorded.
 * The rows are locked and locked ones skipped, so instances running it at once never escalate a
 * suggestion twice. Returns how many were escalated.
 */
export async function escalateOverdue(orm: MikroORM, now: Date): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    const overdue = await em.find(Suggestion, { deadline: { $lt: beijingDate(now) } }, { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
    const fresh = overdue.filter((s) => s.escalatedDeadline !== s.deadline);
    if (!fresh.length) return 0;
    await em.populate(fresh, ['office', 'handler']);
    for (const s of fresh) {
      const owes: Organization = s.state === SuggestionState.ASSIGNED && s.handler ? s.handler.getEntity() : s.office.getEntity();
      const supervisor = (await owes.parent?.load()) ?? owes;
      const firstOverdueDay = new Date(`${s.deadline}T00:00:00+08:00`);
      firstOverdueDay.setUTCDate(firstOverdueDay.getUTCDate() + 1);
      s.escalatedTo = ref(supervisor);
      s.escalatedDeadline = s.deadline;
      audit(em, ViewerState.anonymous(), {
        subject: s, action: 'suggestion.escalate', from: s.state, to: supervisor.name, at: firstOverdueDay,
        data: { deadline: s.deadline, owedBy: owes.name },
      });
      await tellOfEscalation(em, s, supervisor, owes, now);
    }
    return fresh.length;
  });
}

/**
 * The job that escalates, every 10 minutes (deadlines are days, so an escalation shows within that of
 * its day), by the business clock (the demo clock outside production), so reading an overview or a
 * queue never writes. Running twice at once is safe (the rows are locked), running late too.
 */
export function overdueEscalationJob(orm: MikroORM, services: Services): JobDefinition {
  return onBusinessClock(orm, services, {
    name: JobName.SuggestionEscalation, cron: '*/10 * * * *', retry: { limit: 3, delaySeconds: 30 },
    act: escalateOverdue, says: (n) => `escalated ${n} overdue suggestion(s)`,
  });
}
