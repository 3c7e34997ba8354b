import { actorOf, type Actor } from '../../common/actor.js';
import type { Clock } from '../../services.js';
import type { Context } from '../../context.js';

/**
 * A member of the public commenting, objecting or voting: an actor, plus what rate limits and replays
 * need — the real time (the demo clock must not reopen a limit) and the address the request came from.
 */
export interface Participant extends Actor {
  wallClock: Clock;
  address: string;
}

export function participantOf(ctx: Context): Participant {
  return { ...actorOf(ctx), wallClock: ctx.services.wallClock, address: ctx.req.ip ?? 'unknown' };
}
