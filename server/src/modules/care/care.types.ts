import { Field, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { ConnectionType } from '../../common/relay/connection.js';
import { actionOptionType } from '../../common/workflow/action-option.type.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { GrantApplication } from './grant-application.entity.js';
import { AllowanceKind, AllowanceRoll, AllowanceRollLine } from './allowance.entity.js';
import { GrantRule } from './grant-rule.entity.js';
import { GrantApplicationAction } from './care.enums.js';

export const GrantApplicationConnection = ConnectionType(GrantApplication);
export const AllowanceRollConnection = ConnectionType(AllowanceRoll);
export const AllowanceRollLineConnection = ConnectionType(AllowanceRollLine);
export const GrantApplicationActionOption = actionOptionType('GrantApplicationActionOption', GrantApplicationAction);

@ObjectType({ description: 'People and money of a roll in one district at one level (within the viewer’s scope).' })
export class AllowanceRollTotal {
  @Field(() => String, { nullable: true, description: 'The district union; null for unions under no district.' }) district!: string | null;
  @Field(() => HonorLevel) level!: HonorLevel;
  @Field(() => Int) people!: number;
  @Field(() => Int) amountYuan!: number;
}

@ObjectType()
export class GrantRulePayload extends Payload {
  @Field(() => GrantRule, { nullable: true }) rule?: GrantRule | null;
}

@ObjectType()
export class AllowanceKindPayload extends Payload {
  @Field(() => AllowanceKind, { nullable: true }) kind?: AllowanceKind | null;
}

@ObjectType()
export class GrantApplicationPayload extends Payload {
  @Field(() => GrantApplication, { nullable: true }) application?: GrantApplication | null;
}

@ObjectType()
export class AllowanceRollPayload extends Payload {
  @Field(() => AllowanceRoll, { nullable: true }) roll?: AllowanceRoll | null;
  @Field(() => String, { nullable: true, description: 'The payment file (CSV), answered by the EXPORT step.' }) paymentFile?: string | null;
}
