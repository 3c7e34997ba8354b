import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Notice } from './notice.entity.js';
import { NoticeEntry } from './notice-entry.entity.js';
import { CampaignStatus } from '../campaign/campaign.enums.js';
import { beijingDate, type WorkingCalendar } from '../calendar/working-calendar.js';
import { sharedWorkingCalendar } from '../calendar/calendar.service.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { requestLoader } from '../../common/request-loader.js';
import type { Context } from '../../context.js';

/** Where a notice stands on a given Beijing day. */
export enum NoticePhase {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  ENDED = 'ENDED',
}
registerEnumType(NoticePhase, {
  name: 'NoticePhase',
  valuesConfig: { UPCOMING: { description: '未开始' }, OPEN: { description: '公示中' }, ENDED: { description: '已结束' } },
});

/** The public rule for notices: published, in a campaign that is public. */
export function publicNoticeWhere(now: Date): FilterQuery<Notice> {
  return { publishedAt: { $lte: now }, campaign: { status: { $ne: CampaignStatus.DRAFT } } };
}

/** The public rule for entries: on a public notice, and only where the candidate consented to publication. */
export function publicEntryWhere(now: Date): FilterQuery<NoticeEntry> {
  return { notice: publicNoticeWhere(now), nomination: { consentToPublish: true } };
}

export function noticePhase(notice: Pick<Notice, 'startsOn' | 'endsOn'>, now: Date): NoticePhase {
  const today = beijingDate(now);
  if (today < notice.startsOn) return NoticePhase.UPCOMING;
  return today > notice.endsOn ? NoticePhase.ENDED : NoticePhase.OPEN;
}

/** Working days left in the period, today included when it is one (the countdown shown on the notice). */
export function remainingWorkingDays(notice: Pick<Notice, 'startsOn' | 'endsOn' | 'workingDays'>, now: Date, calendar: WorkingCalendar): number {
  const phase = noticePhase(notice, now);
  if (phase === NoticePhase.UPCOMING) return notice.workingDays;
  if (phase === NoticePhase.ENDED) return 0;
  return calendar.workingDaysBetween(beijingDate(now), notice.endsOn);
}

/** The working calendar, read at most once per request however many notices ask for it (usually kept in memory). */
export function requestCalendar(ctx: Context): Promise<WorkingCalendar> {
  const key = 'workingCalendar';
  let calendar = ctx.loaders.get(key) as Promise<WorkingCalendar> | undefined;
  if (!calendar) {
    calendar = sharedWorkingCalendar(ctx.em, ctx.services.changes);
    ctx.loaders.set(key, calendar);
  }
  return calendar;
}

/** The entry's notice when it is already loaded with its campaign and organization (the notice page's entries). */
export function loadedNoticeOf(entry: NoticeEntry): Notice | undefined {
  const notice = entry.notice.isInitialized() ? entry.notice.getEntity() : undefined;
  return notice?.campaign.isInitialized() && notice.organization.isInitialized() ? notice : undefined;
}

/**
 * An entry's notice with its campaign and organization, one statement for every entry of a page:
 * per-entry fields must not each load the notice through its reference (that is a query per entry
 * whenever the notice is not yet in the identity map).
 */
export function noticeOfEntry(ctx: Context, entry: NoticeEntry): Promise<Notice> {
  // The notice page itself already loaded it, with both: nothing more to read.
  const notice = loadedNoticeOf(entry);
  if (notice) return Promise.resolve(notice);
  return requestLoader<string, Notice>(ctx, 'entryNotice', async (ids) => {
    const notices = await ctx.em.find(Notice, { id: { $in: [...ids] } }, { populate: ['campaign', 'organization'] });
    return ids.map((id) => notices.find((n) => n.id === id)!);
  }).load(entry.notice.id);
}

/** A public entry by global id (with its notice and campaign), or a not-found error on `field`. */
export async function publicEntry(em: EntityManager, globalId: string, field: string[], now: Date): Promise<NoticeEntry> {
  const id = idOf(globalId, 'NoticeEntry');
  const entry = id ? await em.findOne(NoticeEntry, { $and: [{ id }, publicEntryWhere(now)] }, { populate: ['notice.campaign', 'notice.organization'] }) : null;
  if (!entry) throw new UserInputError(CommonError.NotFound, field);
  return entry;
}
