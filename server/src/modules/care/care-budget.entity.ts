import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from '../account/account.entity.js';
import { GrantApplication } from './grant-application.entity.js';
import { AllowanceRoll } from './allowance.entity.js';
import { HealthCheckBooking } from './health-check.entity.js';
import { RecuperationEnrolment } from './recuperation.entity.js';

/**
 * An organization's care budget for a year, by source (seed 003, 黔江: 上级划拨一点、本级预算一点、
 * 基层配套一点、社会募集一点). One row per organization and year.
 */
@Entity({ tableName: 'care_budget' })
@Unique({ name: 'care_budget_once', properties: ['organization', 'year'] })
@ObjectType({ implements: BaseEntity, description: '劳模关爱经费预算' })
export class CareBudget extends BaseEntity<'allocatedYuan' | 'ownBudgetYuan' | 'matchedYuan' | 'donatedYuan' | 'totalYuan'> {
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => Int) @Property()
  year!: number;

  @Field(() => Int, { description: '上级划拨' }) @Property({ type: 'int' })
  allocatedYuan: number = 0;

  @Field(() => Int, { description: '本级预算' }) @Property({ type: 'int' })
  ownBudgetYuan: number = 0;

  @Field(() => Int, { description: '基层配套' }) @Property({ type: 'int' })
  matchedYuan: number = 0;

  @Field(() => Int, { description: '社会募集' }) @Property({ type: 'int' })
  donatedYuan: number = 0;

  get totalYuan(): number {
    return this.allocatedYuan + this.ownBudgetYuan + this.matchedYuan + this.donatedYuan;
  }
}

/**
 * What one approved grant or roll, attended health check or confirmed recuperation place spent against an organization's budget of a year. Approving past the
 * budget is allowed only with an override, whose reason and author are kept here.
 */
@Entity({ tableName: 'care_charge' })
@ObjectType({ implements: BaseEntity, description: '关爱经费支出' })
export class CareCharge extends BaseEntity {
  @Index() @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => Int) @Property()
  year!: number;

  @ManyToOne(() => GrantApplication, { ref: true, nullable: true, unique: 'care_charge_grant_once' })
  grant?: Ref<GrantApplication> | null;

  @ManyToOne(() => AllowanceRoll, { ref: true, nullable: true, unique: 'care_charge_roll_once' })
  roll?: Ref<AllowanceRoll> | null;

  /** The organizer's share of an attended health check (health-check.service.ts). */
  @ManyToOne(() => HealthCheckBooking, { ref: true, nullable: true, unique: 'care_charge_check_once' })
  checkBooking?: Ref<HealthCheckBooking> | null;

  /** The organizer's share of a confirmed recuperation place (recuperation.service.ts); removed when the place is given up. */
  @ManyToOne(() => RecuperationEnrolment, { ref: true, nullable: true, unique: 'care_charge_recuperation_once' })
  recuperationEnrolment?: Ref<RecuperationEnrolment> | null;

  @Field(() => Int) @Property({ type: 'int' })
  amountYuan!: number;

  @Field(() => String, { nullable: true, description: 'Why it was approved past the budget (超预算审批理由).' })
  @Property({ type: 'text', nullable: true })
  overrideReason?: string | null;

  @ManyToOne(() => Account, { ref: true, nullable: true })
  overriddenBy?: Ref<Account> | null;

  @ManyToOne(() => Account, { ref: true })
  chargedBy!: Ref<Account>;
}
