import type { EntityManager } from '@mikro-orm/postgresql';
import type { Objection } from './objection.entity.js';
import { NotificationKind as K } from '../notification/notification.enums.js';
import { notify, OFFICE_ROLES, staffAt } from '../notification/notify.js';
import { toGlobalId } from '../../common/relay/global-id.js';

/** The staff of the notice's office hear an objection arrived (its content and objector stay on its page). */
export async function tellOfArrival(em: EntityManager, objection: Objection, at: Date, actor: string | null | undefined): Promise<void> {
  const notice = await objection.notice.load();
  if (!notice) return;
  await notify(em, {
    kind: K.OBJECTION_ARRIVED, key: objection.id, at, actor,
    to: { noticeStaff: await staffAt(em, notice.organization.id, OFFICE_ROLES) },
    subject: { type: 'Objection', id: objection.id }, link: `/staff/objections/${toGlobalId('Objection', objection.id)}`,
    params: { title: notice.title },
  });
}

/** A real-name objector who filed online hears their objection was answered, with the reply. Anonymous leads are not told. */
export async function tellOfAnswer(em: EntityManager, objection: Objection, at: Date, actor: string | null | undefined): Promise<void> {
  if (!objection.realName || !objection.filedBy) return;
  await notify(em, {
    kind: K.OBJECTION_ANSWERED, key: objection.id, at, actor,
    to: { objector: [objection.filedBy.id] },
    subject: { type: 'Objection', id: objection.id }, link: '/objections/mine',
    params: { reason: objection.reply ?? '' },
  });
}
