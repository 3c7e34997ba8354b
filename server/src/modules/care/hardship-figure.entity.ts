import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Account } from '../account/account.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';

/**
 * The city's figures for a year that the living-hardship allowance reads (seed 000): the previous
 * year's average monthly wage and social pension level (national model workers in post or retired)
 * and the year's basic pension (municipal model workers). Data an administrator keeps, in yuan a month.
 */
@Entity({ tableName: 'care_hardship_figure' })
@ObjectType({ implements: BaseEntity, description: '生活困难补助金的当年认定标准' })
export class HardshipFigure extends BaseEntity {
  @Field(() => Int) @Property({ unique: true })
  year!: number;

  @Field(() => Int, { description: '上年度职工月平均工资（元）' }) @Property({ type: 'int' })
  averageWageYuan!: number;

  @Field(() => Int, { description: '上年度社会养老金水平（元/月）' }) @Property({ type: 'int' })
  pensionLevelYuan!: number;

  @Field(() => Int, { description: '当年社会基本养老金水平（元/月）' }) @Property({ type: 'int' })
  basicPensionYuan!: number;
}

/**
 * A model worker's monthly income (in post) or pension (retired) for a year, as their union stated it.
 * Family income is hardship detail: sealed at rest (common/sealed-text.ts) and never listed whole.
 */
@Entity({ tableName: 'care_income_statement' })
@Unique({ name: 'care_income_statement_once', properties: ['modelWorker', 'year'] })
@ObjectType({ implements: BaseEntity, description: '劳模收入情况（个人信息）' })
export class IncomeStatement extends BaseEntity<'retired'> {
  @ManyToOne(() => ModelWorker, { ref: true })
  modelWorker!: Ref<ModelWorker>;

  @Field(() => Int) @Property()
  year!: number;

  @Field({ description: 'Retired: the figure is a pension.' }) @Property()
  retired: boolean = false;

  /** The monthly yuan, sealed. */
  @Property({ type: 'text' })
  monthlyYuanSealed!: string;

  @ManyToOne(() => Account, { ref: true })
  statedBy!: Ref<Account>;
}
