import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from '../account/account.entity.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { GrantRule } from './grant-rule.entity.js';
import { GrantApplicationState, GrantCause } from './care.enums.js';
import type { RuleFigures } from './grant-rules.js';

/**
 * An application for a hardship grant (困难救助). Health and hardship details are personal information:
 * the type is reached only through the care queries, which the policy scopes to union offices.
 * The amount is computed by the cause's rule when applying; the rule's figures are kept with it, so a
 * later change of the rule does not change a grant already applied for.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '困难救助申请（个人信息，仅限工会经办人员）' })
export class GrantApplication extends BaseEntity<'state' | 'seriousDisability'> {
  @ManyToOne(() => ModelWorker, { ref: true })
  modelWorker!: Ref<ModelWorker>;

  /** The model worker's union when applying: whose offices see and decide it. */
  @Index() @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => GrantCause) @Enum({ items: () => GrantCause, nativeEnumName: 'grant_cause' })
  cause!: GrantCause;

  @ManyToOne(() => GrantRule, { ref: true })
  rule!: Ref<GrantRule>;

  /** The figures of the rule as applied. */
  @Property({ type: 'jsonb' })
  ruleApplied!: RuleFigures & { name: string };

  @Field(() => Int, { nullable: true, description: 'Self-paid costs or losses stated (yuan).' }) @Property({ type: 'int', nullable: true })
  claimedYuan?: number | null;

  @Field() @Property()
  seriousDisability: boolean = false;

  @Field(() => HonorLevel, { description: 'The model-worker treatment level the rule was applied at.' })
  @Enum({ items: () => HonorLevel, nativeEnumName: 'honor_level' })
  level!: HonorLevel;

  @Field({ description: '情况说明' }) @Property({ type: 'text' })
  description!: string;

  @Field(() => Int, { description: 'The grant by the rule (yuan).' }) @Property({ type: 'int' })
  amountYuan!: number;

  @Field({ description: 'How the rule gives that amount.' }) @Property({ type: 'text' })
  amountReason!: string;

  @Field(() => GrantApplicationState) @Enum({ items: () => GrantApplicationState, nativeEnumName: 'grant_application_state' })
  state: GrantApplicationState = GrantApplicationState.APPLIED;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  refuseReason?: string | null;

  @ManyToOne(() => Account, { ref: true })
  appliedBy!: Ref<Account>;

  @Field(() => Int) @Property()
  year!: number;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true })
  paidAt?: Date | null;
}
