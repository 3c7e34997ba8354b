import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Account } from '../account/account.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Nomination } from '../nomination/nomination.entity.js';
import { NoticeEntry } from '../notice/notice-entry.entity.js';

/**
 * One public account's vote for one candidate. The unique (account, nomination) index is the
 * guarantee of one vote per candidate, whatever the page or the number of concurrent requests.
 * As a GraphQL type it is only ever the viewer's own vote (`viewerVotes`): it names no account.
 */
@Entity()
@ObjectType({ description: 'One of the signed-in viewer’s own votes.' })
@Unique({ properties: ['account', 'nomination'] })
export class Vote {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account, { ref: true })
  account!: Ref<Account>;

  @ManyToOne(() => Campaign, { ref: true, index: true })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => Nomination, { ref: true, index: true })
  nomination!: Ref<Nomination>;

  /** The notice entry the vote was cast on. */
  @ManyToOne(() => NoticeEntry, { ref: true })
  entry!: Ref<NoticeEntry>;

  @Field(() => Date) @Property({ type: 'timestamptz' })
  castAt!: Date;
}
