import { Check, Collection, Embedded, Entity, Enum, ManyToMany, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Honor } from '../honor/honor.entity.js';
import { CampaignStatus, ObjectionIdentityPolicy, VoteTallyVisibility } from './campaign.enums.js';
import { StructureRule } from './structure-rule.js';
import { CampaignQuota } from './campaign-quota.entity.js';

/**
 * A selection campaign (评选). Everything here is public: what is being selected, by whom, when, and
 * under which rules. Defaults are DOMAIN.md's interpretations (notices 5/5/7 working days).
 */
@Entity()
@Check({ name: 'campaign_notice_days_check', expression: '(unit_notice_working_days > 0) AND (district_notice_working_days > 0) AND (city_notice_working_days > 0) AND (votes_per_account > 0)' })
@Check({ name: 'campaign_window_check', expression: 'nomination_closes_on >= nomination_opens_on' })
@ObjectType({ implements: BaseEntity })
export class Campaign extends BaseEntity<'status' | 'unitNoticeWorkingDays' | 'districtNoticeWorkingDays' | 'cityNoticeWorkingDays'
  | 'objectionIdentity' | 'votingEnabled' | 'votesPerAccount' | 'voteTallyVisibility' | 'structureRules'> {
  @Field() @Property({ length: 200 })
  name!: string;

  @Field(() => Int) @Property()
  year!: number;

  @Field(() => CampaignStatus) @Enum({ items: () => CampaignStatus, nativeEnumName: 'campaign_status' })
  status: CampaignStatus = CampaignStatus.DRAFT;

  @ManyToOne(() => Organization, { ref: true })
  organizer!: Ref<Organization>;

  @ManyToMany(() => Honor, undefined, { owner: true, pivotTable: 'campaign_honor' })
  honors = new Collection<Honor>(this);

  @OneToMany(() => CampaignQuota, (q) => q.campaign, { orphanRemoval: true })
  quotas = new Collection<CampaignQuota>(this);

  @Field(() => [StructureRule]) @Embedded(() => StructureRule, { array: true })
  structureRules: StructureRule[] = [];

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field({ description: 'First day nominations are accepted (YYYY-MM-DD, Beijing).' }) @Property({ type: 'date' })
  nominationOpensOn!: string;

  @Field({ description: 'Last day nominations are accepted (YYYY-MM-DD, Beijing).' }) @Property({ type: 'date' })
  nominationClosesOn!: string;

  @Field(() => String, { nullable: true, description: 'Planned day of conferral (YYYY-MM-DD).' }) @Property({ type: 'date', nullable: true })
  conferOn?: string | null;

  @Field(() => Int) @Property()
  unitNoticeWorkingDays: number = 5;

  @Field(() => Int) @Property()
  districtNoticeWorkingDays: number = 5;

  @Field(() => Int) @Property()
  cityNoticeWorkingDays: number = 7;

  @Field(() => ObjectionIdentityPolicy) @Enum({ items: () => ObjectionIdentityPolicy, nativeEnumName: 'objection_identity_policy' })
  objectionIdentity: ObjectionIdentityPolicy = ObjectionIdentityPolicy.ENCOURAGED;

  @Field() @Property()
  votingEnabled: boolean = false;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  votingOpensAt?: Date | null;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  votingClosesAt?: Date | null;

  @Field(() => Int, { description: 'Votes an account may cast in this campaign (one per candidate).' }) @Property()
  votesPerAccount: number = 10;

  @Field(() => VoteTallyVisibility) @Enum({ items: () => VoteTallyVisibility, nativeEnumName: 'vote_tally_visibility' })
  voteTallyVisibility: VoteTallyVisibility = VoteTallyVisibility.AFTER_CLOSE;
}
