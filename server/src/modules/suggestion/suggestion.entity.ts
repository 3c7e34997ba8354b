import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from '../account/account.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { SuggestionChannel, SuggestionField, SuggestionReferralKind, SuggestionState } from './suggestion.enums.js';

/**
 * A model worker's suggestion (建言). The GraphQL type carries what a published suggestion shows;
 * the handling (state, deadlines, handler, channel, consent, co-signers' replies, history) has no
 * `@Field` here and reaches the parties only through `Suggestion.handling` (suggestion.resolver.ts).
 * The database refuses a publication without the author's consent.
 */
@Entity()
@Index({ properties: ['publishedAt', 'year', 'field'] })
@Index({ properties: ['state', 'deadline'] })
@Check({ name: 'suggestion_published_with_consent', expression: 'published_at is null or publish_consent' })
@Check({ name: 'suggestion_reopened_once', expression: 'reopen_count between 0 and 1' })
@ObjectType({ implements: BaseEntity, description: '劳模建言献策' })
export class Suggestion extends BaseEntity<'state' | 'adopted' | 'commended' | 'reopenCount' | 'publishConsent'> {
  @ManyToOne(() => ModelWorker, { ref: true })
  author!: Ref<ModelWorker>;

  @Field() @Property({ length: 100 })
  title!: string;

  @Field(() => SuggestionField) @Enum({ items: () => SuggestionField, nativeEnumName: 'suggestion_field' })
  field!: SuggestionField;

  @Field({ description: '问题与现状' }) @Property({ type: 'text' })
  problem!: string;

  @Field({ description: '建议内容' }) @Property({ type: 'text' })
  proposal!: string;

  @Enum({ items: () => SuggestionChannel, nativeEnumName: 'suggestion_channel' })
  channel!: SuggestionChannel;

  /** The staff member who entered a letter or visit. */
  @ManyToOne(() => Account, { ref: true, nullable: true })
  enteredBy?: Ref<Account> | null;

  /** The union office that receives, accepts, routes and feeds back. */
  @ManyToOne(() => Organization, { ref: true })
  office!: Ref<Organization>;

  /** The department or union office answering it now. */
  @ManyToOne(() => Organization, { ref: true, nullable: true })
  handler?: Ref<Organization> | null;

  @Enum({ items: () => SuggestionState, nativeEnumName: 'suggestion_state' })
  state: SuggestionState = SuggestionState.RECEIVED;

  /** Last Beijing day of the pending step, in working days; null when nobody owes a step. */
  @Property({ type: 'date', nullable: true })
  deadline?: string | null;

  @Field({ description: 'When the union received it.' }) @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => Int) @Property()
  year!: number;

  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;

  @Property()
  reopenCount: number = 0;

  /** Whether the first answer came within its deadline (the yearly count of answers on time). */
  @Property({ type: 'boolean', nullable: true })
  answeredOnTime?: boolean | null;

  @Property()
  publishConsent: boolean = false;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @Field({ description: '已采纳' }) @Property()
  adopted: boolean = false;

  @Field({ description: '优秀建议，已表扬' }) @Property()
  commended: boolean = false;

  @Field(() => SuggestionReferralKind, { nullable: true })
  @Enum({ items: () => SuggestionReferralKind, nativeEnumName: 'suggestion_referral_kind', nullable: true })
  referralKind?: SuggestionReferralKind | null;

  @Field(() => String, { nullable: true, description: 'Number of the motion or proposal.' }) @Property({ length: 100, nullable: true })
  referralReference?: string | null;

  /** The deadline that was missed and escalated, so each missed deadline escalates once. */
  @Property({ type: 'date', nullable: true })
  escalatedDeadline?: string | null;

  /** The supervising office an overdue suggestion went up to. */
  @ManyToOne(() => Organization, { ref: true, nullable: true })
  escalatedTo?: Ref<Organization> | null;
}
