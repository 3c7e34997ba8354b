import type { EntityManager } from '@mikro-orm/postgresql';
import { Attachment } from './attachment.entity.js';
import { AttachmentError } from '../../common/errors/catalogue.js';
import { MAX_ATTACHMENTS_PER_OBJECT } from './attachment-policy.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { idOf } from '../../common/relay/global-id.js';
import type { ViewerState } from '../account/viewer-state.js';

export interface AttachmentOwner {
  type: string;
  id: string;
}

type AccessRule = (em: EntityManager, viewer: ViewerState, ownerId: string) => Promise<boolean>;

/** Each feature says who may download the attachments of its objects, by owner type; modules/index.ts registers them. */
export type AttachmentAccessRules = Record<string, AccessRule>;

const accessRules = new Map<string, AccessRule>();

export function registerAttachmentAccess(rules: AttachmentAccessRules): void {
  for (const [ownerType, rule] of Object.entries(rules)) accessRules.set(ownerType, rule);
}

/** The uploader may always read their own file; a claimed one follows its owner's rule. */
export async function mayDownload(em: EntityManager, viewer: ViewerState, attachment: Attachment): Promise<boolean> {
  if (viewer.account && attachment.uploadedBy.id === viewer.account.id) return true;
  if (!attachment.ownerType || !attachment.ownerId) return false;
  const rule = accessRules.get(attachment.ownerType);
  return rule ? rule(em, viewer, attachment.ownerId) : false;
}

/**
 * Attaches uploads to an object: each must exist, be the viewer's own upload, and not belong to
 * another object already (re-claiming for the same owner is fine, so a form may be saved twice).
 */
export async function claimAttachments(
  em: EntityManager, viewer: ViewerState, globalIds: string[], field: string[], owner: AttachmentOwner,
): Promise<Attachment[]> {
  const account = viewer.requireAccount();
  if (globalIds.length > MAX_ATTACHMENTS_PER_OBJECT) throw new UserInputError(AttachmentError.TooMany, field, { max: MAX_ATTACHMENTS_PER_OBJECT });
  const ids = globalIds.map((g, i) => {
    const id = idOf(g, 'Attachment');
    if (!id) throw new UserInputError(AttachmentError.Missing, [...field, String(i)]);
    return id;
  });
  const found = await em.find(Attachment, { id: { $in: ids } });
  return ids.map((id, i) => {
    const attachment = found.find((a) => a.id === id);
    const at = [...field, String(i)];
    if (!attachment) throw new UserInputError(AttachmentError.Missing, at);
    if (attachment.uploadedBy.id !== account.id) throw new UserInputError(AttachmentError.NotYours, at);
    if (attachment.ownerId && (attachment.ownerType !== owner.type || attachment.ownerId !== owner.id)) {
      throw new UserInputError(AttachmentError.AlreadyUsed, at);
    }
    attachment.ownerType = owner.type;
    attachment.ownerId = owner.id;
    return attachment;
  });
}

/** The attachments of an object, in upload order. */
export function attachmentsOf(em: EntityManager, owner: AttachmentOwner): Promise<Attachment[]> {
  return em.find(Attachment, { ownerType: owner.type, ownerId: owner.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}
