import { Reference, type Ref } from '@mikro-orm/core';
import { toGlobalId } from '../../common/relay/global-id.js';
import type { Gender } from '../registry/registry.enums.js';
import type { NoticeEntryStatus } from './notice.enums.js';
import type { NoticeEntry, NoticeEntrySnapshot } from './notice-entry.entity.js';
import type { Notice } from './notice.entity.js';

/** One row of a notice's public page of entries (notice.queries.ts `publicEntryPage`). */
export interface PublicEntryRow {
  id: string;
  position: number;
  status: NoticeEntryStatus;
  snapshot: NoticeEntrySnapshot;
  snapshot_hash: string;
  nomination_id: string;
  comment_count: number;
}

/**
 * A notice entry as the public page shows it, built straight from its row instead of as an ORM entity:
 * hydrating and registering 50–100 entities (each with two references) per page was most of the CPU of
 * the city-wide notice read. It answers every `NoticeEntry` field the way the entity does — the snapshot's
 * public fields, the visible-comment count read in the same statement, the nomination's id for vote
 * counts, and the notice (with its campaign and organization) already loaded for the page — and holds
 * nothing else, so nothing private can leak from it and nothing is written back.
 */
export class PublicNoticeEntry implements Pick<NoticeEntry, 'id' | 'position' | 'status' | 'snapshot' | 'snapshotHash' | 'visibleCommentCount'> {
  readonly id: string;
  readonly position: number;
  readonly status: NoticeEntryStatus;
  readonly snapshot: NoticeEntrySnapshot;
  readonly snapshotHash: string;
  readonly visibleCommentCount: number;
  /** Only the key: vote counts are batched by nomination (vote.service.ts). */
  readonly nomination: { readonly id: string };
  readonly notice: Ref<Notice>;

  constructor(row: PublicEntryRow, notice: Ref<Notice>) {
    this.id = row.id;
    this.position = row.position;
    this.status = row.status;
    this.snapshot = row.snapshot;
    this.snapshotHash = row.snapshot_hash;
    this.visibleCommentCount = row.comment_count;
    this.nomination = { id: row.nomination_id };
    this.notice = notice;
  }

  /** The same global id as the entity's (`BaseEntity.nodeId` takes the class name). */
  get nodeId(): string { return toGlobalId('NoticeEntry', this.id); }
  get candidateName(): string { return this.snapshot.candidateName; }
  get gender(): Gender | null { return this.snapshot.gender ?? null; }
  get employerName(): string { return this.snapshot.employerName; }
  get post(): string { return this.snapshot.post; }
  get honorName(): string { return this.snapshot.honorName; }
  get honorsHeld(): string[] { return this.snapshot.honorsHeld; }
  get publicSummary(): string { return this.snapshot.publicSummary; }

  /** The page's entries, all pointing at the one notice the page was read for. */
  static page(rows: PublicEntryRow[], notice: Notice): PublicNoticeEntry[] {
    const ref = Reference.create(notice);
    return rows.map((row) => new PublicNoticeEntry(row, ref));
  }
}
