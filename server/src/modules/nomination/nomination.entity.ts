import { Check, Collection, Embedded, Entity, Enum, Index, ManyToMany, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Honor } from '../honor/honor.entity.js';
import { RecipientKind } from '../honor/honor.enums.js';
import { Account } from '../account/account.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { Gender } from '../registry/registry.enums.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { NominationSource, NominationState } from './nomination.enums.js';
import { DeedsReport, DemocraticRecommendation, PartyConsent } from './nomination-evidence.js';

/**
 * A candidate's file in a campaign. Staff-only type: staff who reach the candidate's unit, the
 * proposer and the candidate see it (nomination.access.ts); the public sees only what a notice entry
 * published. Relations are exposed by field resolvers; personal columns are fields here because the
 * whole type is never given to the public.
 */
@Entity()
@Check({ name: 'nomination_public_summary_check', expression: 'char_length(public_summary) <= 500' })
@Check({ name: 'nomination_recommendation_check', expression: '(recommendation_delegates IS NULL) OR (((recommendation_present >= 0) AND (recommendation_present <= recommendation_delegates)) AND (recommendation_votes_for >= 0) AND (recommendation_votes_against >= 0) AND (recommendation_abstaining >= 0) AND (((recommendation_votes_for + recommendation_votes_against) + recommendation_abstaining) <= recommendation_present))' })
@Index({ properties: ['campaign', 'state'] })
@ObjectType({ implements: BaseEntity, description: 'A candidate file (staff, proposer and candidate only).' })
export class Nomination extends BaseEntity<'state' | 'consentToPublish' | 'frontLine' | 'technical' | 'grassroots'
  | 'enterpriseHead' | 'cadre' | 'youth' | 'minority' | 'nonParty' | 'honorsHeld'> {
  @ManyToOne(() => Campaign, { ref: true })
  campaign!: Ref<Campaign>;

  @ManyToOne(() => Honor, { ref: true })
  honor!: Ref<Honor>;

  /** The candidate's grassroots union, which runs the file. */
  @Index() @ManyToOne(() => Organization, { ref: true })
  unit!: Ref<Organization>;

  @Field(() => NominationState) @Enum({ items: () => NominationState, nativeEnumName: 'nomination_state' })
  state: NominationState = NominationState.DRAFT;

  @Field(() => NominationSource) @Enum({ items: () => NominationSource, nativeEnumName: 'nomination_source' })
  source!: NominationSource;

  /** Who opened the file (unit staff, the proposing employee or the self-nominating candidate). */
  @Index() @ManyToOne(() => Account, { ref: true })
  proposer!: Ref<Account>;

  /** The registry record of the candidate, when they already hold an honor or once approved. */
  @ManyToOne(() => ModelWorker, { ref: true, nullable: true })
  modelWorker?: Ref<ModelWorker> | null;

  @Field(() => RecipientKind) @Enum({ items: () => RecipientKind, nativeEnumName: 'recipient_kind' })
  recipientKind!: RecipientKind;

  // Public fields: what a notice shows (when the candidate consents).
  @Field() @Property({ length: 100 })
  candidateName!: string;

  @Field(() => Gender, { nullable: true }) @Enum({ items: () => Gender, nullable: true, nativeEnumName: 'gender' })
  gender?: Gender | null;

  @Field() @Property({ length: 200 })
  employerName!: string;

  @Field() @Property({ length: 100 })
  post!: string;

  @Field({ description: 'Public deeds summary, at most 500 characters.' }) @Property({ type: 'text' })
  publicSummary!: string;

  @ManyToMany(() => Honor, undefined, { owner: true, pivotTable: 'nomination_honor_held' })
  honorsHeld = new Collection<Honor>(this);

  // Flags the structure rules count.
  @Field() @Property() frontLine: boolean = false;
  @Field() @Property() technical: boolean = false;
  @Field() @Property() grassroots: boolean = false;
  @Field() @Property() enterpriseHead: boolean = false;
  @Field() @Property() cadre: boolean = false;
  @Field() @Property() youth: boolean = false;
  @Field() @Property() minority: boolean = false;
  @Field() @Property() nonParty: boolean = false;

  // Personal information (PIPL): staff on the file only.
  @Field({ description: 'Full deeds, about 2,000 characters.' }) @Property({ type: 'text' })
  deeds!: string;

  /**
   * The candidate's ID number, sealed at rest like the registry's (common/sealed-text.ts, key LAOMO_DATA_KEY), with a
   * keyed hash to match the registry record and the masked form lists show; the whole number only by
   * `nominationIdNumberReveal`, to staff on the file, each view in the file's history.
   */
  @Property({ type: 'text', nullable: true }) idNumberSealed?: string | null;
  @Index() @Property({ length: 64, nullable: true }) idNumberIndex?: string | null;
  @Field(() => String, { nullable: true, description: 'Masked, e.g. 110105********0017; the whole number is nominationIdNumberReveal (staff on the file, logged).' })
  @Property({ length: 18, nullable: true })
  idNumberMasked?: string | null;

  @Field(() => String, { nullable: true }) @Property({ length: 20, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true }) @Property({ length: 20, nullable: true })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true }) @Property({ length: 30, nullable: true })
  politicalStatus?: string | null;

  @Field({ description: "The candidate's recorded consent to publication (PIPL art. 25)." }) @Property()
  consentToPublish: boolean = false;

  @Field(() => DemocraticRecommendation, { nullable: true }) @Embedded(() => DemocraticRecommendation, { nullable: true })
  recommendation?: DemocraticRecommendation | null;

  @Field(() => DeedsReport, { nullable: true }) @Embedded(() => DeedsReport, { nullable: true })
  deedsReport?: DeedsReport | null;

  @Field(() => PartyConsent, { nullable: true }) @Embedded(() => PartyConsent, { nullable: true })
  partyConsent?: PartyConsent | null;
}
