import { Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { NoticeStage } from './notice.enums.js';
import { NoticeEntry } from './notice-entry.entity.js';

/**
 * A public notice (公示) of one stage by one organization. Public type: what was published, the
 * period in Beijing calendar days, how to object, and the hash of the whole published snapshot.
 * Nothing here changes after publication. Plain fields are `simple` (graphql's default resolver reads them).
 */
@Entity()
@Check({ name: 'notice_period_check', expression: '(ends_on >= starts_on) AND (working_days > 0)' })
@Index({ properties: ['campaign', 'stage'] })
@ObjectType({ implements: BaseEntity, description: '公示 (public)' })
export class Notice extends BaseEntity {
  @ManyToOne(() => Campaign, { ref: true })
  campaign!: Ref<Campaign>;

  @Index() @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => NoticeStage, { simple: true }) @Enum({ items: () => NoticeStage, nativeEnumName: 'notice_stage' })
  stage!: NoticeStage;

  @Field({ simple: true }) @Property({ length: 200 })
  title!: string;

  @Field({ simple: true, description: 'First day of the period (YYYY-MM-DD, Beijing).' }) @Index() @Property({ type: 'date' })
  startsOn!: string;

  @Field({ simple: true, description: 'Last day of the period (YYYY-MM-DD, Beijing); candidates pass the day after.' }) @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => Int, { simple: true }) @Property()
  workingDays!: number;

  @Field({ simple: true, description: 'Where to raise an objection: office, phone, address.' }) @Property({ length: 300 })
  objectionContact!: string;

  @Field({ simple: true }) @Property({ type: 'timestamptz' })
  publishedAt!: Date;

  @Field({ simple: true, description: 'SHA-256 (hex) over the canonical JSON of the notice as published.' }) @Property({ length: 64 })
  snapshotHash!: string;

  @OneToMany(() => NoticeEntry, (e) => e.notice)
  entries = new Collection<NoticeEntry>(this);
}
