import { AccessError, UserInputError } from '../../common/errors/user-input-error.js';
import { ParticipationError } from '../../common/errors/catalogue.js';
import { actorOf, type Actor } from '../../common/actor.js';
import type { Account } from '../account/account.entity.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { NoticeEntry } from '../notice/notice-entry.entity.js';
import { NoticeEntryStatus } from '../notice/notice.enums.js';
import { NoticePhase, noticePhase } from '../notice/public-notice.js';
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

/** The account of a member of the public taking part: signed in, with a verified phone. */
export function requireParticipant(viewer: ViewerState): Account {
  const account = viewer.requireAccount();
  if (!account.phone) throw new AccessError(ParticipationError.PhoneRequired);
  return account;
}

/** Refuses actions on a withdrawn candidate or outside the notice's period. */
export function requireOpenEntry(entry: NoticeEntry, now: Date, field: string[]): void {
  if (entry.status === NoticeEntryStatus.WITHDRAWN) throw new UserInputError(ParticipationError.EntryWithdrawn, field);
  if (noticePhase(entry.notice.getEntity(), now) !== NoticePhase.OPEN) throw new UserInputError(ParticipationError.NoticeNotOpen, field);
}
