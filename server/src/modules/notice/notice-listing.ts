import type { EntityManager } from '@mikro-orm/postgresql';
import { NominationState } from '../nomination/nomination.enums.js';
import type { Nomination } from '../nomination/nomination.entity.js';
import type { NominationNotices } from '../nomination/nomination.notice-entry.js';
import { NoticeEntry } from './notice-entry.entity.js';
import { NoticeEntryStatus, NoticeStage } from './notice.enums.js';

/** The notice stage a file is listed on while in a notice state. */
const NOTICE_STAGE_OF: Partial<Record<NominationState, NoticeStage>> = {
  [NominationState.UNIT_NOTICE]: NoticeStage.UNIT,
  [NominationState.DISTRICT_NOTICE]: NoticeStage.DISTRICT,
  [NominationState.CITY_NOTICE]: NoticeStage.CITY,
};

/** The entry of the notice that lists the candidate now, when the file is in a notice state. */
async function currentEntry(em: EntityManager, nomination: Nomination): Promise<NoticeEntry | null> {
  const stage = NOTICE_STAGE_OF[nomination.state];
  if (!stage) return null;
  return em.findOne(NoticeEntry, { nomination, status: NoticeEntryStatus.LISTED, notice: { stage } }, {
    populate: ['notice.organization'], orderBy: { notice: { publishedAt: 'desc' } },
  });
}

/** What notices tell the nomination process (given to it by modules/index.ts). */
export const nominationNotices: NominationNotices = {
  async current(em, nomination) {
    const entry = await currentEntry(em, nomination);
    if (!entry) return null;
    const notice = entry.notice.getEntity();
    return { noticeId: notice.id, endsOn: notice.endsOn, organizationPath: notice.organization.getEntity().path };
  },
  async withdraw(em, nomination) {
    const entry = await currentEntry(em, nomination);
    if (entry) entry.status = NoticeEntryStatus.WITHDRAWN;
  },
};
