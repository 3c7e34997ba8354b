import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Account } from '../account/account.entity.js';
import { Nomination } from '../nomination/nomination.entity.js';
import { NoticeEntry } from '../notice/notice-entry.entity.js';
import { Notice } from '../notice/notice.entity.js';
import { ObjectionChannel, ObjectionStatus } from './objection.enums.js';

/**
 * An objection (异议) against a candidate in a notice. Private: only staff who reach the notice's
 * organization handle it, and a real-name objector reads their own with its reply. Never public,
 * never shown to the candidate. The type is reachable only through guarded queries.
 */
@Entity()
@Index({ properties: ['nomination', 'status'] })
@Index({ properties: ['notice', 'status'] })
@Check({ name: 'objection_real_name_complete', expression: 'not real_name or (objector_name is not null and objector_contact is not null)' })
@Check({ name: 'objection_letter_postmark', expression: "channel <> 'LETTER' or postmark_on is not null" })
@Check({ name: 'objection_decided_with_reply', expression: "status in ('RECEIVED', 'INVESTIGATING') or (reply is not null and decided_at is not null)" })
@ObjectType({ implements: BaseEntity, description: '异议 (staff handling the notice, and the objector, only).' })
export class Objection extends BaseEntity<'status' | 'objectorName' | 'objectorContact' | 'postmarkOn' | 'reply' | 'repliedAt'
  | 'decidedAt' | 'filedBy' | 'handledBy'> {
  @ManyToOne(() => Notice, { ref: true })
  notice!: Ref<Notice>;

  @ManyToOne(() => NoticeEntry, { ref: true })
  entry!: Ref<NoticeEntry>;

  /** What the gate counts; never a field. */
  @ManyToOne(() => Nomination, { ref: true })
  nomination!: Ref<Nomination>;

  @Field(() => ObjectionChannel) @Enum({ items: () => ObjectionChannel, nativeEnumName: 'objection_channel' })
  channel!: ObjectionChannel;

  @Field(() => ObjectionStatus) @Enum({ items: () => ObjectionStatus, nativeEnumName: 'objection_status' })
  status: ObjectionStatus = ObjectionStatus.RECEIVED;

  @Field({ description: 'What is wrong, in the objector’s words.' }) @Property({ type: 'text' })
  content!: string;

  @Field({ description: 'Whether the objector gave their name and contact (else it is taken as an anonymous lead).' }) @Property()
  realName!: boolean;

  @Field(() => String, { nullable: true }) @Property({ length: 60, nullable: true })
  objectorName?: string | null;

  @Field(() => String, { nullable: true }) @Property({ length: 100, nullable: true })
  objectorContact?: string | null;

  /** The public account that filed it online; staff-entered objections have none. */
  @Index() @ManyToOne(() => Account, { ref: true, nullable: true })
  filedBy?: Ref<Account> | null;

  @Field({ description: 'When the office received it (for a letter: the postmark counts, see postmarkOn).' }) @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Postmark date of a letter (YYYY-MM-DD); decides whether it came within the period.' })
  @Property({ type: 'date', nullable: true })
  postmarkOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The written reply to the objector.' }) @Property({ type: 'text', nullable: true })
  reply?: string | null;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  repliedAt?: Date | null;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @ManyToOne(() => Account, { ref: true, nullable: true })
  handledBy?: Ref<Account> | null;
}
