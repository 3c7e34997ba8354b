import { Check, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Account } from '../account/account.entity.js';
import { Studio } from './studio.entity.js';
import { StudioHave, StudioJudgement, StudioProjectStatus, StudioResultKind, StudioReviewOutcome } from './studio.enums.js';

/** A member of the studio's team. Public: name and role; post and phone are for the lead and staff. */
@Entity()
@Index({ properties: ['studio'] })
@ObjectType({ implements: BaseEntity })
export class StudioMember extends BaseEntity {
  @ManyToOne(() => Studio, { ref: true, deleteRule: 'cascade' })
  studio!: Ref<Studio>;

  @Field() @Property({ length: 60 })
  name!: string;

  @Field({ description: 'Role in the studio, e.g. 技术骨干.' }) @Property({ length: 60 })
  role!: string;

  @Property({ length: 100, nullable: true })
  post?: string | null;

  @Property({ length: 20, nullable: true })
  phone?: string | null;
}

/** A research project (攻关项目) with its period. */
@Entity()
@Index({ properties: ['studio', 'startsOn'] })
@ObjectType({ implements: BaseEntity })
export class StudioProject extends BaseEntity {
  @ManyToOne(() => Studio, { ref: true, deleteRule: 'cascade' })
  studio!: Ref<Studio>;

  @Field() @Property({ length: 200 })
  title!: string;

  @Field() @Property({ type: 'text' })
  goal!: string;

  @Field(() => StudioProjectStatus) @Enum({ items: () => StudioProjectStatus, nativeEnumName: 'studio_project_status' })
  status!: StudioProjectStatus;

  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, planned or actual end.' }) @Property({ type: 'date', nullable: true })
  endsOn?: string | null;
}

/** A result (创新成果): a patent, technique, award, product or method, with its benefit. */
@Entity()
@Index({ properties: ['achievedOn'] })
@Index({ properties: ['studio', 'achievedOn'] })
@Check({ name: 'studio_result_value_check', expression: '"value_yuan" is null or "value_yuan" >= 0' })
@ObjectType({ implements: BaseEntity })
export class StudioResult extends BaseEntity {
  @ManyToOne(() => Studio, { ref: true, deleteRule: 'cascade' })
  studio!: Ref<Studio>;

  @Field() @Property({ length: 200 })
  title!: string;

  @Field(() => StudioResultKind) @Enum({ items: () => StudioResultKind, nativeEnumName: 'studio_result_kind' })
  kind!: StudioResultKind;

  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' })
  achievedOn!: string;

  @Field({ description: 'The benefit, in words.' }) @Property({ type: 'text' })
  benefit!: string;

  @Field(() => Int, { nullable: true, description: 'Money saved or earned, in yuan, where known.' })
  @Property({ type: 'integer', nullable: true })
  valueYuan?: number | null;
}

/** One of the six haves of a certification: the studio's evidence and the assessor's judgement (staff and lead only). */
@Entity()
@Unique({ properties: ['studio', 'have'] })
@ObjectType({ implements: BaseEntity })
export class StudioCriterion extends BaseEntity {
  @ManyToOne(() => Studio, { ref: true, deleteRule: 'cascade' })
  studio!: Ref<Studio>;

  @Field(() => StudioHave) @Enum({ items: () => StudioHave, nativeEnumName: 'studio_have' })
  have!: StudioHave;

  @Field() @Property({ type: 'text' })
  evidence!: string;

  @Field(() => StudioJudgement, { nullable: true })
  @Enum({ items: () => StudioJudgement, nullable: true, nativeEnumName: 'studio_judgement' })
  judgement?: StudioJudgement | null;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  assessorNote?: string | null;

  @ManyToOne(() => Account, { ref: true, nullable: true })
  assessedBy?: Ref<Account> | null;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  assessedAt?: Date | null;
}

/** The annual review of a certified studio: one per studio and year, guaranteed by the database. */
@Entity()
@Unique({ properties: ['studio', 'year'] })
@ObjectType({ implements: BaseEntity })
export class StudioReview extends BaseEntity {
  @ManyToOne(() => Studio, { ref: true, deleteRule: 'cascade' })
  studio!: Ref<Studio>;

  @Field(() => Int) @Property()
  year!: number;

  @Field(() => StudioReviewOutcome) @Enum({ items: () => StudioReviewOutcome, nativeEnumName: 'studio_review_outcome' })
  outcome!: StudioReviewOutcome;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @ManyToOne(() => Account, { ref: true })
  reviewedBy!: Ref<Account>;

  @Field(() => String, { nullable: true }) @Property({ length: 60, nullable: true })
  reviewerName?: string | null;

  @Field() @Property({ type: 'timestamptz' })
  reviewedAt!: Date;
}
