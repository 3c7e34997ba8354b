import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from '../account/account.entity.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { HealthCheckBookingState } from './health-check.enums.js';

/**
 * A health-check package for a treatment level, its price and the unit's share (seed 000: national
 * 2,400 yuan wholly paid by the city federation; municipal 1,200 or 2,400 yuan, the unit paying 30%):
 * data an administrator keeps, seeded by the migration. The price is whole yuan.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '劳模体检套餐' })
export class HealthCheckPackage extends BaseEntity {
  @Field() @Property({ length: 40, unique: true })
  code!: string;

  @Field() @Property({ length: 100 })
  name!: string;

  @Field(() => HonorLevel, { description: 'The treatment level the package is for.' })
  @Enum({ items: () => HonorLevel, nativeEnumName: 'honor_level' })
  level!: HonorLevel;

  @Field(() => Int, { description: 'Price per person (whole yuan).' }) @Property({ type: 'int' })
  priceYuan!: number;

  @Field(() => Int, { description: 'The model worker’s unit pays this percent; the city federation the rest.' }) @Property({ type: 'int' })
  unitSharePercent!: number;

  @Field({ description: 'Offered for new bookings.' }) @Property()
  active: boolean = true;
}

/** A batch of health checks at a venue (e.g. 北京工人疗养院) on given days, with a number of places. */
@Entity()
@ObjectType({ implements: BaseEntity, description: '体检批次' })
export class HealthCheckBatch extends BaseEntity {
  @Field() @Property({ length: 100 })
  name!: string;

  @Field() @Property({ length: 200 })
  venue!: string;

  @Field({ description: 'First day (Beijing date).' }) @Property({ type: 'date' })
  startsOn!: string;

  @Field({ description: 'Last day (Beijing date).' }) @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => Int) @Property({ type: 'int' })
  capacity!: number;

  @Field(() => Int) @Index() @Property()
  year!: number;

  /** The union that organizes it: its model workers (its subtree) may book. */
  @Index() @ManyToOne(() => Organization, { ref: true })
  organizer!: Ref<Organization>;
}

/**
 * One model worker's place in a batch. The package's price and split are fixed when booking, in fen
 * (the unit's share is price × percent, exact in fen), so a later change of the package does not change
 * it. The result is health information: sealed at rest, shown only to the person and the offices over them.
 * One booking not cancelled per person and year: a partial unique index (the migration).
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '体检预约（个人信息）' })
export class HealthCheckBooking extends BaseEntity<'state'> {
  @Index() @ManyToOne(() => HealthCheckBatch, { ref: true })
  batch!: Ref<HealthCheckBatch>;

  @ManyToOne(() => ModelWorker, { ref: true })
  modelWorker!: Ref<ModelWorker>;

  /** The model worker's union when booking: whose offices list it. Acting for the person and reading the result go by their keeper now (health-check.service.ts). */
  @Index() @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @ManyToOne(() => HealthCheckPackage, { ref: true })
  package!: Ref<HealthCheckPackage>;

  @Field(() => HonorLevel) @Enum({ items: () => HonorLevel, nativeEnumName: 'honor_level' })
  level!: HonorLevel;

  @Field(() => Int) @Property()
  year!: number;

  @Field(() => Int, { description: 'The package price when booked (fen).' }) @Property({ type: 'int' })
  priceFen!: number;

  @Field(() => Int, { description: 'What the model worker’s unit pays (fen).' }) @Property({ type: 'int' })
  unitShareFen!: number;

  @Field(() => Int, { description: 'What the city federation pays (fen).' }) @Property({ type: 'int' })
  cityShareFen!: number;

  @Field(() => HealthCheckBookingState) @Enum({ items: () => HealthCheckBookingState, nativeEnumName: 'health_check_booking_state' })
  state: HealthCheckBookingState = HealthCheckBookingState.BOOKED;

  @ManyToOne(() => Account, { ref: true })
  bookedBy!: Ref<Account>;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  attendedAt?: Date | null;

  /** 体检结论 as the venue reports it (sealed, common/sealed-text.ts). */
  @Property({ type: 'text', nullable: true })
  resultSealed?: string | null;
}

/**
 * A health check done elsewhere (院外体检): a model worker's check at another hospital, recorded by the
 * office over them, which counts as the year's check (they leave the "no check this year" list and are
 * not booked again that year). Who had a check is health information: only the offices over them see it.
 */
@Entity()
@Unique({ name: 'health_check_elsewhere_once_a_year', properties: ['modelWorker', 'year'] })
@ObjectType({ implements: BaseEntity, description: '院外体检记录（个人信息）' })
export class HealthCheckElsewhere extends BaseEntity {
  @Index() @ManyToOne(() => ModelWorker, { ref: true })
  modelWorker!: Ref<ModelWorker>;

  /** The model worker's union when recorded: who sees it. */
  @Index() @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => Int) @Property()
  year!: number;

  @Field({ description: 'Beijing date of the check.' }) @Property({ type: 'date' })
  checkedOn!: string;

  @Field() @Property({ length: 100 })
  hospital!: string;

  @ManyToOne(() => Account, { ref: true })
  recordedBy!: Ref<Account>;
}
