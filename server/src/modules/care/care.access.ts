import type { EntityManager } from '@mikro-orm/postgresql';
import { may, Operation } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { ModelWorker } from '../registry/model-worker.entity.js';
import type { GrantApplication } from './grant-application.entity.js';
import { GrantParty } from './grant-application.workflow.js';

/**
 * Whether the viewer is the model worker whose care this is (signed in with the account their record is
 * linked to): they are a party to their own check, place and application whichever office keeps them.
 */
export const isOwnCare = (viewer: ViewerState, worker: ModelWorker | null | undefined): boolean =>
  !!viewer.account && worker?.account?.id === viewer.account.id;

/**
 * Who the viewer is to an application: its applicant (the model worker themself, or a union office over
 * their unit) and/or the district that decides. Nobody else sees it: hardship details are personal.
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

/** Whether the viewer may see the application at all. */
export async function maySeeGrant(em: EntityManager, viewer: ViewerState, application: GrantApplication): Promise<boolean> {
  const org = await application.organization.load();
  return (!!org && may(viewer, Operation.CARE_READ, org)) || (await grantParties(em, viewer, application)).size > 0;
}
