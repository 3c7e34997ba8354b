import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViewerState } from '../modules/account/viewer-state.js';
import type { Context } from '../context.js';

/**
 * What every service takes: the unit of work, who acts and the business time. Services never see the
 * GraphQL context, so they can be called (and tested) without a request; resolvers build this from it.
 */
export interface Actor {
  em: EntityManager;
  viewer: ViewerState;
  now: Date;
}

export function actorOf(ctx: Context): Actor {
  return { em: ctx.em, viewer: ctx.viewer, now: ctx.services.clock.now() };
}
