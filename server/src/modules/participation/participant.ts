import { AccessError, UserInputError } from '../../common/errors/user-input-error.js';
import type { Account } from '../account/account.entity.js';
import type { NoticeEntry } from '../notice/notice-entry.entity.js';
import { NoticeEntryStatus } from '../notice/notice.enums.js';
import { NoticePhase, noticePhase } from '../notice/public-notice.js';
import type { Context } from '../../context.js';
import { ParticipationError } from './participation.errors.js';

/** The account of a member of the public taking part: signed in, with a verified phone. */
export function requireParticipant(ctx: Context): Account {
  const account = ctx.viewer.requireAccount();
  if (!account.phone) throw new AccessError(ParticipationError.PhoneRequired);
  return account;
}

/** Refuses actions on a withdrawn candidate or outside the notice's period. */
export function requireOpenEntry(entry: NoticeEntry, now: Date, field: string[]): void {
  if (entry.status === NoticeEntryStatus.WITHDRAWN) throw new UserInputError(ParticipationError.EntryWithdrawn, field);
  if (noticePhase(entry.notice.getEntity(), now) !== NoticePhase.OPEN) throw new UserInputError(ParticipationError.NoticeNotOpen, field);
}
