import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { AllowanceRollAction, GrantApplicationAction, GrantCause } from './care.enums.js';
import { budgetOverrideField } from './care-money.inputs.js';

@InputType({ description: 'An application for a hardship grant, by the model worker or their union.' })
export class GrantApplyInput {
  @Field(() => ID, { nullable: true, description: 'The model worker (ModelWorker); omitted when the model worker applies themself.' })
  @IsOptional()
  modelWorker?: string | null;

  @Field(() => GrantCause)
  cause!: GrantCause;

  @Field(() => Int, { nullable: true, description: 'Self-paid costs or losses, whole yuan (illness, fire, a dependent’s illness).' })
  @IsOptional() @Min(0) @Max(100_000_000)
  claimedYuan?: number | null;

  @Field({ defaultValue: false, description: 'A non-work accident caused serious disability.' })
  seriousDisability!: boolean;

  @Field({ description: '情况说明' }) @Length(4, 2000)
  description!: string;
}

@InputType({ description: 'A step of a hardship grant; refusing and returning need a reason.' })
export class GrantApplicationStepInput {
  @Field(() => ID) application!: string;
  @Field(() => GrantApplicationAction) action!: GrantApplicationAction;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) reason?: string | null;
  @budgetOverrideField() budgetOverrideReason?: string | null;
}

/** A figure of the rules, in whole yuan (or percent); null clears it, leaving it out keeps it. */
const figure = () => (target: object, key: string | symbol) => {
  Field(() => Int, { nullable: true })(target, key);
  IsOptional()(target, key);
  Min(0)(target, key);
  Max(10_000_000)(target, key);
};

@InputType({ description: 'Change the figures of a grant rule; fields left out stay as they are.' })
export class GrantRuleUpdateInput {
  @Field(() => ID) rule!: string;
  @figure() thresholdYuan?: number | null;
  @figure() ratePercent?: number | null;
  @figure() capYuan?: number | null;
  @figure() amountYuan?: number | null;
  @figure() nationalYuan?: number | null;
  @figure() municipalYuan?: number | null;
}

@InputType({ description: 'Set the amounts of an allowance by level; null: not paid at that level; left out: unchanged.' })
export class AllowanceKindUpdateInput {
  @Field(() => ID) kind!: string;
  @figure() nationalYuan?: number | null;
  @figure() municipalYuan?: number | null;
}

@InputType({ description: 'Generate the roll of an allowance for a year from the registry.' })
export class AllowanceRollGenerateInput {
  @Field(() => ID, { description: 'The AllowanceKind.' }) kind!: string;
  @Field(() => Int) @Min(2000) @Max(2100) year!: number;
}

@InputType()
export class AllowanceRollStepInput {
  @Field(() => ID) roll!: string;
  @Field(() => AllowanceRollAction) action!: AllowanceRollAction;
  @budgetOverrideField() budgetOverrideReason?: string | null;
}
