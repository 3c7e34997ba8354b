import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViewerState } from '../account/viewer-state.js';
import { Role } from '../account/role.js';
import { Actor } from './nomination.actors.js';
import { staffScope } from './nomination.access.js';
import { Nomination } from './nomination.entity.js';
import type { NominationAction, NominationState } from './nomination.enums.js';
import { PATH } from './nomination.states.js';
import { TRANSITIONS } from './nomination.workflow.js';
import type { WorkbenchQueue } from './nomination.types.js';

const LEVEL_ROLE: Partial<Record<Actor, Role>> = { [Actor.UNIT]: Role.UNIT_STAFF, [Actor.DISTRICT]: Role.DISTRICT_STAFF, [Actor.CITY]: Role.CITY_STAFF, [Actor.CONFERRING_BODY]: Role.CITY_STAFF };

/** One queue per state in which the viewer's level has a step to take, in the order of the path. */
export async function workbenchQueues(em: EntityManager, viewer: ViewerState, campaignId: string): Promise<WorkbenchQueue[]> {
  const mine = TRANSITIONS.filter((t) => t.who.some((w) => LEVEL_ROLE[w] && viewer.hasRole(LEVEL_ROLE[w]!)));
  const byState = new Map<NominationState, NominationAction[]>();
  for (const t of mine) for (const s of t.from) byState.set(s, [...(byState.get(s) ?? []), t.action]);
  const states = PATH.filter((s) => byState.has(s));
  return Promise.all(states.map(async (state) => ({
    state, actions: byState.get(state)!,
    count: await em.count(Nomination, { $and: [staffScope(viewer), { campaign: campaignId, state }] }),
  })));
}
