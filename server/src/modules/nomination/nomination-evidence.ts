import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** The vote of the workers' (representatives') congress or group meetings (民主推荐). */
@Embeddable()
@ObjectType()
export class DemocraticRecommendation {
  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => Int, { description: 'Delegates entitled to vote.' }) @Property()
  delegates!: number;

  @Field(() => Int) @Property()
  present!: number;

  @Field(() => Int) @Property()
  votesFor!: number;

  @Field(() => Int) @Property()
  votesAgainst!: number;

  @Field(() => Int) @Property()
  abstaining!: number;
}

/** The report of the deeds to the workforce (一报告). */
@Embeddable()
@ObjectType()
export class DeedsReport {
  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' })
  reportedOn!: string;

  @Field({ description: 'Who heard it, e.g. 全体职工大会 (320 人).' }) @Property({ length: 200 })
  audience!: string;

  @Field({ description: 'What was reported.' }) @Property({ type: 'text' })
  material!: string;
}

/** The consent of the party committee at the same level (报同级党委同意). */
@Embeddable()
@ObjectType()
export class PartyConsent {
  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' })
  consentedOn!: string;

  @Field() @Property({ length: 200 })
  committee!: string;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  note?: string | null;
}
