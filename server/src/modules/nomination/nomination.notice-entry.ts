import type { EntityManager } from '@mikro-orm/postgresql';
import { NoticeEntry } from '../notice/notice-entry.entity.js';
import { NoticeEntryStatus, NoticeStage } from '../notice/notice.enums.js';
import { NominationState } from './nomination.enums.js';
import type { Nomination } from './nomination.entity.js';

/** The notice stage a file is listed on while in a notice state. */
export const NOTICE_STAGE_OF: Partial<Record<NominationState, NoticeStage>> = {
  [NominationState.UNIT_NOTICE]: NoticeStage.UNIT,
  [NominationState.DISTRICT_NOTICE]: NoticeStage.DISTRICT,
  [NominationState.CITY_NOTICE]: NoticeStage.CITY,
};

/** The entry of the notice that lists the candidate now, when the file is in a notice state. */
export async function currentNoticeEntry(em: EntityManager, nomination: Nomination): Promise<NoticeEntry | null> {
  const stage = NOTICE_STAGE_OF[nomination.state];
  if (!stage) return null;
  return em.findOne(NoticeEntry, { nomination, status: NoticeEntryStatus.LISTED, notice: { stage } }, {
    populate: ['notice'], orderBy: { notice: { publishedAt: 'desc' } },
  });
}
