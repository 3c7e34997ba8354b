import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { GrantCause } from './care.enums.js';

/**
 * A rule of the hardship grants, one per cause (seed 001, 西城): data an administrator keeps, seeded by
 * the care migration. Amounts are whole yuan. Which figures a cause reads is fixed by its function in
 * grant-rules.ts; the others stay null.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '困难救助标准' })
export class GrantRule extends BaseEntity {
  @Field(() => GrantCause) @Enum({ items: () => GrantCause, nativeEnumName: 'grant_cause', unique: true })
  cause!: GrantCause;

  @Field() @Property({ length: 100 })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Costs or losses from which the rule applies (yuan, inclusive).' })
  @Property({ type: 'int', nullable: true })
  thresholdYuan?: number | null;

  @Field(() => Int, { nullable: true, description: 'Share of the self-paid costs, in percent.' }) @Property({ type: 'int', nullable: true })
  ratePercent?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this much (yuan).' }) @Property({ type: 'int', nullable: true })
  capYuan?: number | null;

  @Field(() => Int, { nullable: true, description: 'A fixed amount (yuan).' }) @Property({ type: 'int', nullable: true })
  amountYuan?: number | null;

  @Field(() => Int, { nullable: true, description: 'Amount for a national model worker (yuan).' }) @Property({ type: 'int', nullable: true })
  nationalYuan?: number | null;

  @Field(() => Int, { nullable: true, description: 'Amount for a municipal (provincial-level) model worker (yuan).' })
  @Property({ type: 'int', nullable: true })
  municipalYuan?: number | null;
}
