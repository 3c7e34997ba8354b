import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { may, Operation, scopeFilter, type Place } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { ModelWorker } from '../registry/model-worker.entity.js';
import { recordScope } from '../registry/registry.access.js';
import type { GrantApplication } from './grant-application.entity.js';
import { GrantParty } from './grant-application.workflow.js';

/**
 * Who reads a care item (a visit, a health-check booking, a recuperation enrolment, a pairing, a grant
 * application): the offices over the union it was made at (its `organization`, the model worker's keeper
 * then), and the offices over whoever keeps the model worker now (the registry's keeper, which an accepted
 * transfer moves). So the new keeper sees that the person already had this year's check, visit or grant, and
 * the office they left keeps seeing its own work but nothing made after they left. Acting on an item is not
 * widened by this: each workflow names its own parties, and money stays with the office that pays.
 */

/** A care item as far as reading it goes: the union it was made at, and the model worker it is about. */
export interface CareItem {
  organization: { load(): Promise<Place | null> };
  modelWorker: { load(): Promise<Pick<ModelWorker, 'organization'> | null> };
}

/**
 * The rule in SQL, for the lists, so that pages and totals count only what the viewer reads. The keeper's
 * half is the registry's own scope of records (registry.access.ts), asked for care.
 */
export function careReadScope<T extends CareItem>(viewer: ViewerState): FilterQuery<T> {
  const madeInScope = scopeFilter<T>(viewer, Operation.CARE_READ, (like) => ({ organization: { path: like } }) as FilterQuery<T>);
  return { $or: [madeInScope, { modelWorker: recordScope(viewer, Operation.CARE_READ) }] } as FilterQuery<T>;
}

/** Whether an office in the viewer's care scope keeps the model worker now (the registry's keeper). */
export async function keptInScope(viewer: ViewerState, worker: Pick<ModelWorker, 'organization'> | null | undefined): Promise<boolean> {
  const keeper = await worker?.organization.load();
  return !!keeper && may(viewer, Operation.CARE_READ, keeper);
}

/** The same rule for one item (its reads and the checks before a step): made in the viewer's scope, or about someone kept in it now. */
export async function mayReadCare(viewer: ViewerState, item: CareItem): Promise<boolean> {
  // One after another: asked inside a mutation's transaction too, whose one connection takes a statement at a time.
  const madeAt = await item.organization.load();
  if (madeAt && may(viewer, Operation.CARE_READ, madeAt)) return true;
  return keptInScope(viewer, await item.modelWorker.load());
}

/**
 * Who marks a visit's follow-up done: the office that recorded the visit, or the one that keeps the person
 * now. A follow-up is a need of the person's ("help with rehabilitation"), and after a transfer it is the new
 * keeper who serves them; the visit itself stays the recording office's to change.
 */
export async function mayFollowUp(viewer: ViewerState, visit: CareItem): Promise<boolean> {
  const madeAt = await visit.organization.load();
  if (madeAt && may(viewer, Operation.CARE_VISIT_RECORD, madeAt)) return true;
  const keeper = await (await visit.modelWorker.load())?.organization.load();
  return !!keeper && may(viewer, Operation.CARE_VISIT_RECORD, keeper);
}

/**
 * Whether the viewer is the model worker whose care this is (signed in with the account their record is
 * linked to): they are a party to their own check, place and application whichever office keeps them.
 */
export const isOwnCare = (viewer: ViewerState, worker: ModelWorker | null | undefined): boolean =>
  !!viewer.account && worker?.account?.id === viewer.account.id;

/**
 * Who the viewer is to an application: its applicant (the model worker themself, or a union office over
 * their unit) and/or the district that decides. Nobody else acts on it: hardship details are personal.
 */
export async function grantParties(em: EntityManager, viewer: ViewerState, application: GrantApplication): Promise<Set<GrantParty>> {
  const parties = new Set<GrantParty>();
  const org = await application.organization.load();
  if (!org) return parties;
  const worker = await application.modelWorker.load();
  if (isOwnCare(viewer, worker) || may(viewer, Operation.CARE_GRANT_APPLY, org)) parties.add(GrantParty.APPLICANT);
  if (may(viewer, Operation.CARE_GRANT_DECIDE, org)) parties.add(GrantParty.DISTRICT);
  return parties;
}

/** Whether the viewer may see the application at all: by the care read rule, or as a party to it. */
export async function maySeeGrant(em: EntityManager, viewer: ViewerState, application: GrantApplication): Promise<boolean> {
  return (await mayReadCare(viewer, application)) || (await grantParties(em, viewer, application)).size > 0;
}
