import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from '../account/account.entity.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { AllowanceBasis, AllowanceRollState } from './care.enums.js';

/**
 * A kind of allowance and its amount by treatment level (seed 000: Spring Festival 2,000 national,
 * 1,000 municipal): data an administrator keeps. A null amount: not paid at that level.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '劳模专项补助' })
export class AllowanceKind extends BaseEntity {
  @Field() @Property({ length: 40, unique: true })
  code!: string;

  @Field() @Property({ length: 100 })
  name!: string;

  @Field(() => AllowanceBasis) @Enum({ items: () => AllowanceBasis, nativeEnumName: 'allowance_basis' })
  basis!: AllowanceBasis;

  @Field(() => Int, { nullable: true }) @Property({ type: 'int', nullable: true })
  nationalYuan?: number | null;

  @Field(() => Int, { nullable: true, description: 'Municipal (provincial-level) model workers.' }) @Property({ type: 'int', nullable: true })
  municipalYuan?: number | null;
}

/** The roll of one allowance for one year, generated from the registry and taken through to payment. */
@Entity()
@ObjectType({ implements: BaseEntity, description: '补助发放名册' })
export class AllowanceRoll extends BaseEntity<'state'> {
  @ManyToOne(() => AllowanceKind, { ref: true })
  kind!: Ref<AllowanceKind>;

  @Field(() => Int) @Property()
  year!: number;

  @Field(() => AllowanceRollState) @Enum({ items: () => AllowanceRollState, nativeEnumName: 'allowance_roll_state' })
  state: AllowanceRollState = AllowanceRollState.DRAFT;

  /** The city federation that keeps it. */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @ManyToOne(() => Account, { ref: true })
  generatedBy!: Ref<Account>;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  paidAt?: Date | null;
}

/**
 * One person on a roll. The unique key is the rule "nobody is paid twice for the same allowance and
 * year": a second roll of the same kind and year cannot hold the same person, even when two are
 * generated at once.
 */
@Entity()
@Unique({ name: 'allowance_roll_line_once', properties: ['modelWorker', 'kind', 'year'] })
@ObjectType({ implements: BaseEntity, description: '名册中的一人' })
export class AllowanceRollLine extends BaseEntity {
  @Index() @ManyToOne(() => AllowanceRoll, { ref: true, deleteRule: 'cascade' })
  roll!: Ref<AllowanceRoll>;

  @ManyToOne(() => ModelWorker, { ref: true })
  modelWorker!: Ref<ModelWorker>;

  @ManyToOne(() => AllowanceKind, { ref: true })
  kind!: Ref<AllowanceKind>;

  @Field(() => Int) @Property()
  year!: number;

  /** The model worker's union when generated: whose offices see the line. */
  @Index() @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => HonorLevel) @Enum({ items: () => HonorLevel, nativeEnumName: 'honor_level' })
  level!: HonorLevel;

  @Field(() => Int) @Property({ type: 'int' })
  amountYuan!: number;

  /** Special-hardship aid: why this person was aided, as the office stated it (hardship detail, sealed). */
  @Property({ type: 'text', nullable: true })
  caseReasonSealed?: string | null;
}
