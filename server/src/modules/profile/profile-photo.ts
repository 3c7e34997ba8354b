import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { ModelWorkerAccountError, ProfileError } from '../../common/errors/catalogue.js';
import type { Actor } from '../../common/actor.js';
import { audit } from '../audit/audit.service.js';
import { attachmentsOf, claimAttachments, type AttachmentAccessRules } from '../attachment/attachment.service.js';
import type { Attachment } from '../attachment/attachment.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { publicProfile } from './public-profile.queries.js';

/** The owner type of a model worker's profile photo (one upload, an image). */
export const PROFILE_PHOTO = 'ModelWorkerPhoto';

/** Anyone may see the photo while the profile is public (consent, live record, an honor held); the uploader always. */
export const profileAttachmentAccess: AttachmentAccessRules = {
  [PROFILE_PHOTO]: async (em, _viewer, ownerId) => (await publicProfile(em, ownerId)) !== null,
};

export async function photoOf(em: EntityManager, worker: ModelWorker): Promise<Attachment | null> {
  return (await attachmentsOf(em, { type: PROFILE_PHOTO, id: worker.id })).at(-1) ?? null;
}

/**
 * The model worker sets (or, with null, removes) the photo of their own profile: one of their uploads,
 * an image. The photo it replaces goes back to unclaimed, and the unclaimed sweep deletes it.
 */
export async function setOwnPhoto({ em, viewer, now }: Actor, photo: string | null): Promise<ModelWorker> {
  const account = viewer.requireAccount();
  const worker = await em.findOne(ModelWorker, { account, status: ModelWorkerStatus.ACTIVE });
  if (!worker) throw new UserInputError(ModelWorkerAccountError.NoOwnRecord);
  const owner = { type: PROFILE_PHOTO, id: worker.id };
  const current = await attachmentsOf(em, owner);
  const [next] = photo ? await claimAttachments(em, viewer, [photo], ['photo'], owner) : [];
  if (next && !next.contentType.startsWith('image/')) throw new UserInputError(ProfileError.PhotoNotImage, ['photo']);
  for (const old of current.filter((a) => a.id !== next?.id)) Object.assign(old, { ownerType: null, ownerId: null });
  audit(em, viewer, { subject: worker, action: next ? 'registry.photo_set' : 'registry.photo_removed', at: now });
  return worker;
}
