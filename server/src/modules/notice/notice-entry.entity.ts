import { Entity, Enum, Formula, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Gender } from '../registry/registry.enums.js';
import { NoticeEntryStatus } from './notice.enums.js';
import type { Notice } from './notice.entity.js';
import type { Nomination } from '../nomination/nomination.entity.js';

/** Exactly the public fields shown for a candidate, frozen at publication. */
export interface NoticeEntrySnapshot {
  candidateName: string;
  gender: Gender | null;
  employerName: string;
  post: string;
  honorName: string;
  honorsHeld: string[];
  publicSummary: string;
}

/**
 * A candidate as a notice published them. The public reads the snapshot only; the link to the
 * nomination has no field, so the public never reaches the file. Its plain fields are `simple`: graphql's
 * default resolver reads them, without a wrapper per field, since a notice page shows up to 100 entries.
 */
@Entity()
@Unique({ properties: ['notice', 'nomination'] })
@Unique({ properties: ['notice', 'position'] })
@ObjectType({ implements: BaseEntity, description: 'A candidate on a notice (public).' })
export class NoticeEntry extends BaseEntity<'status' | 'candidateName' | 'gender' | 'employerName' | 'post' | 'honorName' | 'honorsHeld' | 'publicSummary'> {
  @ManyToOne('Notice', { ref: true, deleteRule: 'cascade' })
  notice!: Ref<Notice>;

  @Index() @ManyToOne('Nomination', { ref: true })
  nomination!: Ref<Nomination>;

  @Field(() => Int, { simple: true }) @Property()
  position!: number;

  @Field(() => NoticeEntryStatus, { simple: true }) @Enum({ items: () => NoticeEntryStatus, nativeEnumName: 'notice_entry_status' })
  status: NoticeEntryStatus = NoticeEntryStatus.LISTED;

  @Property({ type: 'jsonb' })
  snapshot!: NoticeEntrySnapshot;

  @Field({ simple: true, description: 'SHA-256 (hex) over the canonical JSON of this entry as published.' }) @Property({ length: 64 })
  snapshotHash!: string;

  /**
   * Visible comments and replies, read in the same statement as the entry: a notice page of 100 candidates
   * shows each one's count without another statement. Internal (no field); `commentCount` answers from it.
   */
  @Formula((alias) => `(select count(*)::int from comment c where c.entry_id = ${alias}.id and c.status = 'VISIBLE')`, { lazy: false })
  visibleCommentCount?: number;

  @Field({ simple: true }) get candidateName(): string { return this.snapshot.candidateName; }
  @Field(() => Gender, { nullable: true, simple: true }) get gender(): Gender | null { return this.snapshot.gender; }
  @Field({ simple: true }) get employerName(): string { return this.snapshot.employerName; }
  @Field({ simple: true }) get post(): string { return this.snapshot.post; }
  @Field({ simple: true }) get honorName(): string { return this.snapshot.honorName; }
  @Field(() => [String], { simple: true }) get honorsHeld(): string[] { return this.snapshot.honorsHeld; }
  @Field({ simple: true }) get publicSummary(): string { return this.snapshot.publicSummary; }
}
