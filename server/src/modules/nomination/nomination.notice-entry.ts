import type { EntityManager } from '@mikro-orm/postgresql';
import type { Nomination } from './nomination.entity.js';

/** The notice listing a file now, as far as the nomination process needs to know it. */
export interface NoticeListing {
  noticeId: string;
  /** The last day of the notice period (Beijing). */
  endsOn: string;
  /** Materialized path of the organization that published the notice. */
  organizationPath: string;
}

/**
 * What the nomination process asks of notices. Notices come after nominations (a notice lists files
 * and moves them on), so the notice module answers (notice/notice-listing.ts) and modules/index.ts
 * hands the answers over once; nomination never imports notice.
 */
export interface NominationNotices {
  /** The listing of the file on a notice of its current notice state, when it is in one. */
  current(em: EntityManager, nomination: Nomination): Promise<NoticeListing | null>;
  /** Takes the file off the notice that lists it now (an upheld objection). */
  withdraw(em: EntityManager, nomination: Nomination): Promise<void>;
}

let notices: NominationNotices | null = null;

export function provideNominationNotices(provided: NominationNotices): void {
  notices = provided;
}

function nominationNotices(): NominationNotices {
  if (!notices) throw new Error('no notices for nominations: modules/index.ts provides them');
  return notices;
}

/** The notice that lists the candidate now, when the file is in a notice state. */
export function currentNoticeEntry(em: EntityManager, nomination: Nomination): Promise<NoticeListing | null> {
  return nominationNotices().current(em, nomination);
}

/** Takes the candidate off the notice that lists them now, if one does. */
export function withdrawFromCurrentNotice(em: EntityManager, nomination: Nomination): Promise<void> {
  return nominationNotices().withdraw(em, nomination);
}
