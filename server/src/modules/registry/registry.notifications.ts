import type { Actor } from '../../common/actor.js';
import { NotificationKind as K } from '../notification/notification.enums.js';
import { notify, staffAt, UNION_OFFICE_ROLES } from '../notification/notify.js';
import type { ModelWorker } from './model-worker.entity.js';
import type { ModelWorkerTransfer } from './model-worker-transfer.entity.js';
import type { Organization } from '../organization/organization.entity.js';

/**
 * A transfer requested: the staff of the office asked to keep the record hear it, once per request. The link
 * is their yearly page, where open transfers in are accepted or declined: the record itself is not theirs to
 * read until they accept it. The params carry what that list shows them (the name and the office it comes
 * from), never the reason, the ID number or the record's content.
 */
export async function tellOfTransferAsked(actor: Actor, transfer: ModelWorkerTransfer, worker: ModelWorker, from: Organization, to: Organization): Promise<void> {
  const { em, now } = actor;
  await notify(em, {
    kind: K.REGISTRY_TRANSFER_ASKED, key: transfer.id, at: now, actor: actor.viewer.account?.id,
    to: { newKeeper: await staffAt(em, to.id, UNION_OFFICE_ROLES) },
    subject: { type: 'ModelWorkerTransfer', id: transfer.id }, link: '/staff/registry/yearly',
    params: { name: worker.name, from: from.name },
  });
}
