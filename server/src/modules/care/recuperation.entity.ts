import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from '../account/account.entity.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { CarePayer, RecuperationArrangement, RecuperationEnrolmentState } from './recuperation.enums.js';

/**
 * Who pays the transport and who the rest of a recuperation place, by who arranged the batch (seed 000:
 * for the city's own batches the unit pays the transport and the city the rest; for 北戴河 the city pays
 * all; for 全总's the city pays the transport. Seed 001: a district's own batches the district pays
 * wholly). Data an administrator keeps; a batch copies it when created.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '疗休养费用承担规则' })
export class RecuperationPayRule extends BaseEntity {
  @Field(() => RecuperationArrangement) @Enum({ items: () => RecuperationArrangement, nativeEnumName: 'recuperation_arrangement', unique: true })
  arrangement!: RecuperationArrangement;

  @Field(() => CarePayer) @Enum({ items: () => CarePayer, nativeEnumName: 'care_payer' })
  transportPayer!: CarePayer;

  @Field(() => CarePayer) @Enum({ items: () => CarePayer, nativeEnumName: 'care_payer' })
  restPayer!: CarePayer;
}

/** A recuperation batch (疗休养批次): where, when, how many places, and what a place costs and who pays. */
@Entity()
@ObjectType({ implements: BaseEntity, description: '疗休养批次' })
export class RecuperationBatch extends BaseEntity {
  @Field() @Property({ length: 100 })
  name!: string;

  @Field() @Property({ length: 100 })
  destination!: string;

  @Field() @Property({ type: 'date' })
  startsOn!: string;

  @Field() @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => Int) @Property({ type: 'int' })
  capacity!: number;

  @Field(() => RecuperationArrangement) @Enum({ items: () => RecuperationArrangement, nativeEnumName: 'recuperation_arrangement' })
  arrangement!: RecuperationArrangement;

  @Field(() => Int, { description: 'Transport per person (whole yuan).' }) @Property({ type: 'int' })
  transportYuan!: number;

  @Field(() => Int, { description: 'Board, lodging and the rest per person (whole yuan).' }) @Property({ type: 'int' })
  restYuan!: number;

  @Field(() => CarePayer) @Enum({ items: () => CarePayer, nativeEnumName: 'care_payer' })
  transportPayer!: CarePayer;

  @Field(() => CarePayer) @Enum({ items: () => CarePayer, nativeEnumName: 'care_payer' })
  restPayer!: CarePayer;

  /** The union that organizes it: its model workers (its subtree) may enrol. */
  @Index() @ManyToOne(() => Organization, { ref: true })
  organizer!: Ref<Organization>;
}

/**
 * A model worker's enrolment in a batch, through allocation by priority, attendance and feedback. One
 * enrolment not withdrawn per person and batch: a partial unique index (the migration).
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '疗休养报名' })
export class RecuperationEnrolment extends BaseEntity<'state'> {
  @Index() @ManyToOne(() => RecuperationBatch, { ref: true })
  batch!: Ref<RecuperationBatch>;

  @Index() @ManyToOne(() => ModelWorker, { ref: true })
  modelWorker!: Ref<ModelWorker>;

  @Index() @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => HonorLevel) @Enum({ items: () => HonorLevel, nativeEnumName: 'honor_level' })
  level!: HonorLevel;

  @Field(() => RecuperationEnrolmentState) @Enum({ items: () => RecuperationEnrolmentState, nativeEnumName: 'recuperation_enrolment_state' })
  state: RecuperationEnrolmentState = RecuperationEnrolmentState.APPLIED;

  @Field(() => String, { nullable: true, description: 'The end of their last recuperation when they enrolled: the priority (none first).' })
  @Property({ type: 'date', nullable: true })
  lastRecuperatedOn?: string | null;

  @ManyToOne(() => Account, { ref: true })
  enrolledBy!: Ref<Account>;

  @Field(() => Int, { nullable: true, description: '1–5' }) @Property({ type: 'smallint', nullable: true })
  feedbackRating?: number | null;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  feedbackText?: string | null;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  feedbackAt?: Date | null;
}
