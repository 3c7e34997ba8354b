import { Check, Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { Campaign } from './campaign.entity.js';

/** Seats (名额) a district or industry union (or a unit) may fill in a campaign; counted over its subtree. */
@Entity()
@Check({ name: 'campaign_quota_seats_check', expression: 'seats >= 0' })
@Unique({ properties: ['campaign', 'organization'] })
@ObjectType({ implements: BaseEntity })
export class CampaignQuota extends BaseEntity {
  @ManyToOne('Campaign', { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => Organization, { ref: true, eager: true })
  organization!: Ref<Organization>;

  @Field(() => Int) @Property()
  seats!: number;
}
