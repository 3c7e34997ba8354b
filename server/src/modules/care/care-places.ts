import type { EntityManager } from '@mikro-orm/postgresql';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { grantsFor, may, Operation, requireMay, scopeFilter } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { treatmentLevels } from './treatment-level.js';
import { CareError, CommonError } from '../../common/errors/catalogue.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { idOf } from '../../common/relay/global-id.js';
import type { Actor } from '../../common/actor.js';

/**
 * What health checks and recuperation share: whose place it is (the model worker themself, or one named
 * by an office that serves them), whether they are entitled, and which batches and which people the
 * viewer sees.
 */

/** The viewer's own registry record, when they are a model worker with a claimed record (sign-in required: it is personal). */
export function ownWorker(em: EntityManager, viewer: ViewerState): Promise<ModelWorker | null> {
  const account = viewer.requireAccount();
  return em.findOne(ModelWorker, { account: account.id }, { populate: ['organization'] });
}

/** The model worker a booking or enrolment is for: named by an office that may book for them, or the viewer themself. */
export async function workerToBook(actor: Actor, globalId: string | null | undefined): Promise<ModelWorker> {
  const { em, viewer } = actor;
  const account = viewer.requireAccount();
  if (!globalId) {
    const own = await ownWorker(em, viewer);
    if (!own) throw new UserInputError(CareError.NotModelWorker);
    return own;
  }
  const id = idOf(globalId, 'ModelWorker');
  const worker = id ? await em.findOne(ModelWorker, id, { populate: ['organization'] }) : null;
  if (!worker) throw new UserInputError(CommonError.NotFound, ['modelWorker']);
  if (worker.account?.id !== account.id) requireMay(viewer, Operation.CARE_BOOK, worker.organization.getEntity());
  return worker;
}

/** The treatment level a living title holder enjoys (national or municipal, equal treatment included), or a refusal. */
export async function entitledLevel(em: EntityManager, worker: ModelWorker): Promise<HonorLevel> {
  const level = worker.status === ModelWorkerStatus.ACTIVE ? (await treatmentLevels(em, [worker.id])).get(worker.id) : undefined;
  if (!level) throw new UserInputError(CareError.NotEntitled, ['modelWorker']);
  return level;
}

/** A batch is for the model workers its organizer serves: the city's for all, a district's for its own. */
export function requireServed(organizer: Organization, worker: ModelWorker): void {
  if (!worker.organization.getEntity().path.startsWith(organizer.path)) throw new UserInputError(CareError.OutsideOrganizer, ['modelWorker']);
}

/** The office a new batch is organized by: the one named (where the viewer organizes), or the viewer's own. */
export async function organizerOf(actor: Actor, globalId: string | null | undefined): Promise<Organization> {
  const { em, viewer } = actor;
  requireMay(viewer, Operation.CARE_BATCH_ORGANIZE);
  const id = globalId ? idOf(globalId, 'Organization') : grantsFor(viewer, Operation.CARE_BATCH_ORGANIZE)[0]?.organizationId;
  const organizer = id ? await em.findOne(Organization, id) : null;
  if (!organizer) throw new UserInputError(CommonError.NotFound, ['organizer']);
  requireMay(viewer, Operation.CARE_BATCH_ORGANIZE, organizer);
  return organizer;
}

/** Whether the viewer organizes the batch (records attendance, allocates places). */
export async function organizes(viewer: ViewerState, batch: { organizer: { load(): Promise<Organization | null> } }): Promise<boolean> {
  const organizer = await batch.organizer.load();
  return !!organizer && may(viewer, Operation.CARE_BATCH_ORGANIZE, organizer);
}

/** '/a/b/c/' → ['/a/', '/a/b/', '/a/b/c/']: the organization and those above it. */
export function pathAndAbove(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/**
 * The batches a viewer sees: those organized above or at their places (a city batch is open to every
 * district and unit) and, for an office, those organized within it. Batches carry nobody's details.
 */
export async function batchScope(em: EntityManager, viewer: ViewerState): Promise<object> {
  viewer.requireAccount();
  const places: string[] = viewer.grants.filter((g) => g.path && may(viewer, Operation.CARE_READ, { path: g.path })).map((g) => g.path as string);
  const own = await ownWorker(em, viewer);
  if (own) places.push(own.organization.getEntity().path);
  return {
    $or: [
      { organizer: { path: { $in: [...new Set(places.flatMap(pathAndAbove))] } } },
      ...places.filter((p) => own?.organization.getEntity().path !== p).map((p) => ({ organizer: { path: { $like: `${p}%` } } })),
    ],
  };
}

/** The organization paths a list is limited to under `operation`, or null for everywhere (the policy's scope, for SQL). */
export function scopePaths(viewer: ViewerState, operation: Operation): string[] | null {
  const filter = scopeFilter<{ path: string }>(viewer, operation, (like) => ({ path: like.$like }) as never) as { $or?: { path: string }[] };
  return filter.$or ? filter.$or.map((f) => f.path) : null;
}
