import { Check, Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from '../account/account.entity.js';
import { SuggestionAnswerOutcome, SuggestionRating } from './suggestion.enums.js';
import type { Suggestion } from './suggestion.entity.js';

/**
 * A handler's answer; round 2 exists only after a dissatisfied rating reopened the suggestion.
 * The author's rating is kept with the answer it rates and is not public (see the resolver).
 */
@Entity()
@Unique({ properties: ['suggestion', 'round'] })
@Check({ name: 'suggestion_answer_round', expression: 'round in (1, 2)' })
@ObjectType({ implements: BaseEntity, description: '承办答复' })
export class SuggestionAnswer extends BaseEntity {
  @ManyToOne('Suggestion', { ref: true, deleteRule: 'cascade' })
  suggestion!: Ref<Suggestion>;

  @Field(() => Int) @Property()
  round!: number;

  @ManyToOne(() => Organization, { ref: true })
  handler!: Ref<Organization>;

  @ManyToOne(() => Account, { ref: true })
  answeredBy!: Ref<Account>;

  @Field(() => SuggestionAnswerOutcome) @Enum({ items: () => SuggestionAnswerOutcome, nativeEnumName: 'suggestion_answer_outcome' })
  outcome!: SuggestionAnswerOutcome;

  @Field() @Property({ type: 'text' })
  content!: string;

  @Field() @Property({ type: 'timestamptz' })
  answeredAt!: Date;

  /** When the office passed it on to the author; before that only staff read it. */
  @Property({ type: 'timestamptz', nullable: true })
  fedBackAt?: Date | null;

  @Enum({ items: () => SuggestionRating, nativeEnumName: 'suggestion_rating', nullable: true })
  rating?: SuggestionRating | null;

  @Property({ type: 'text', nullable: true })
  ratingComment?: string | null;
}
