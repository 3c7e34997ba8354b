import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Account } from '../account/account.entity.js';
import { Comment } from './comment.entity.js';

/** One account's report of a comment; an account reports a comment once. */
@Entity()
@Unique({ properties: ['comment', 'account'] })
export class CommentReport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Comment, { ref: true })
  comment!: Ref<Comment>;

  @ManyToOne(() => Account, { ref: true })
  account!: Ref<Account>;

  @Property({ length: 200, nullable: true })
  reason?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
