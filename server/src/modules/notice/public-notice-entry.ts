import { Reference, type Ref } from '@mikro-orm/core';
import { NoticeEntry, type NoticeEntrySnapshot } from './notice-entry.entity.js';
import type { NoticeEntryStatus } from './notice.enums.js';
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

const value = (v: unknown): PropertyDescriptor => ({ value: v, enumerable: true });

/**
 * A notice entry as the public page shows it, made straight from its row instead of by the ORM:
 * hydrating, registering and snapshotting 50–100 entities (each with two references) per page was most of
 * the CPU of the city-wide notice read. It is a `NoticeEntry` to GraphQL (its prototype, so the type's own
 * getters — the snapshot's public fields, the global id — answer as for the entity), but its fields are
 * its own plain values, set without the ORM's property accessors, and the ORM never manages it: it is read
 * only, and nothing is written back. It carries the visible-comment count read in the same statement, the
 * nomination's id only (vote counts are batched by it) and the page's notice, already loaded with its
 * campaign and organization.
 */
export function publicNoticeEntry(row: PublicEntryRow, notice: Ref<Notice>): NoticeEntry {
  return Object.create(NoticeEntry.prototype, {
    id: value(row.id),
    position: value(row.position),
    status: value(row.status),
    snapshot: value(row.snapshot),
    snapshotHash: value(row.snapshot_hash),
    visibleCommentCount: value(row.comment_count),
    nomination: value({ id: row.nomination_id }),
    notice: value(notice),
  }) as NoticeEntry;
}

/** A page of entries, all pointing at the one notice the page was read for. */
export function publicNoticeEntries(rows: PublicEntryRow[], notice: Notice): NoticeEntry[] {
  const ref = Reference.create(notice);
  return rows.map((row) => publicNoticeEntry(row, ref));
}
