import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessError, UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError, AuthError, StudioError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Studio } from './studio.entity.js';
import { StudioStatus } from './studio.enums.js';
import { actorsFor } from './studio.workflow.js';

/** Studios the public sees: those holding the title (a studio under rectification still holds it). */
export const PUBLIC_STUDIO_STATUSES = [StudioStatus.CERTIFIED, StudioStatus.RECTIFYING];

export const isPublicStudio = (studio: Studio) => PUBLIC_STUDIO_STATUSES.includes(studio.status);

/** Whether the viewer keeps this studio's file: its leading model worker or union staff over it. */
export async function mayManageStudio(viewer: ViewerState, studio: Studio): Promise<boolean> {
  return (await actorsFor(viewer, studio)).size > 0;
}

export async function maySeeStudio(viewer: ViewerState, studio: Studio): Promise<boolean> {
  return isPublicStudio(studio) || mayManageStudio(viewer, studio);
}

/** A studio by global id, or a user error on `field` when it is missing or hidden from the viewer. */
export async function studioById(em: EntityManager, viewer: ViewerState, globalId: string, field: string[]): Promise<Studio> {
  const id = idOf(globalId, 'Studio');
  const studio = id ? await em.findOne(Studio, id) : null;
  if (!studio || !(await maySeeStudio(viewer, studio))) throw new UserInputError(CommonError.NotFound, field);
  return studio;
}

/** Throws unless the viewer keeps the studio's file and the studio still may change. */
export async function requireStudioKeeper(viewer: ViewerState, studio: Studio): Promise<void> {
  viewer.requireAccount();
  if (!(await mayManageStudio(viewer, studio))) throw new AccessError(AuthError.Forbidden);
  if (studio.status === StudioStatus.REVOKED) throw new UserInputError(StudioError.NotEditable);
}

/** A part (member, project, result) by global id whose studio the viewer keeps. */
export async function keptPart<T extends { studio: { load(): Promise<Studio | null> } }>(
  em: EntityManager, viewer: ViewerState, entity: new () => T, globalId: string, field: string[],
): Promise<{ part: T; studio: Studio }> {
  const id = idOf(globalId, entity.name);
  const part = id ? await em.findOne(entity, id as never) : null;
  const studio = part ? await (part as T).studio.load() : null;
  if (!part || !studio || !(await maySeeStudio(viewer, studio))) throw new UserInputError(CommonError.NotFound, field);
  await requireStudioKeeper(viewer, studio);
  return { part: part as T, studio };
}
