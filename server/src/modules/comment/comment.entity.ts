import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Account } from '../account/account.entity.js';
import { NoticeEntry } from '../notice/notice-entry.entity.js';
import { Notice } from '../notice/notice.entity.js';
import { CommentStance, CommentStatus } from './comment.enums.js';

/**
 * A public account's comment on a candidate in a notice, or a reply to one (one level only). The
 * body is plain text; the author is stored as the masked name the public sees, so the public type
 * never carries the account. Moderation columns have no field here: staff read them through
 * `CommentModeration`.
 */
@Entity()
@Index({ properties: ['entry', 'parent', 'status', 'createdAt'] })
@Index({ properties: ['notice', 'lastReportedAt'] })
@Check({ name: 'comment_body_length', expression: 'char_length(body) between 1 and 500' })
@Check({ name: 'comment_hidden_with_reason', expression: "status = 'VISIBLE' or (hidden_at is not null and hidden_by_id is not null and hidden_reason is not null)" })
@ObjectType({ implements: BaseEntity, description: 'A public comment on a notice entry; hidden comments are never returned here.' })
export class Comment extends BaseEntity<'status' | 'reportCount' | 'lastReportedAt' | 'moderatedAt' | 'hiddenAt' | 'hiddenBy' | 'hiddenReason' | 'parent'> {
  @ManyToOne(() => NoticeEntry, { ref: true })
  entry!: Ref<NoticeEntry>;

  /** The entry's notice, kept here so the moderation queue filters by organization without a join. */
  @ManyToOne(() => Notice, { ref: true })
  notice!: Ref<Notice>;

  @ManyToOne(() => Comment, { ref: true, nullable: true })
  parent?: Ref<Comment> | null;

  @ManyToOne(() => Account, { ref: true })
  author!: Ref<Account>;

  @Field({ description: 'The author as the public sees them, e.g. 李○明.' }) @Property({ length: 60 })
  authorName!: string;

  @Field({ description: 'Plain text; show it escaped, never as HTML.' }) @Property({ type: 'text' })
  body!: string;

  @Field(() => CommentStance) @Enum({ items: () => CommentStance, nativeEnumName: 'comment_stance' })
  stance!: CommentStance;

  @Enum({ items: () => CommentStatus, nativeEnumName: 'comment_status' })
  status: CommentStatus = CommentStatus.VISIBLE;

  @Property()
  reportCount: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lastReportedAt?: Date | null;

  /** When staff last decided on this comment; a new report clears it, putting the comment back in the queue. */
  @Property({ type: 'timestamptz', nullable: true })
  moderatedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  hiddenAt?: Date | null;

  @ManyToOne(() => Account, { ref: true, nullable: true })
  hiddenBy?: Ref<Account> | null;

  @Property({ length: 300, nullable: true })
  hiddenReason?: string | null;
}
