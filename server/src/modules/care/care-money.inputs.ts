import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { OmitOrGive } from '../../common/update-input.js';

/** Whole yuan, never negative. */
const yuan = (nullable = false) => (target: object, key: string | symbol) => {
  Field(() => Int, { nullable })(target, key);
  Min(0)(target, key);
  Max(1_000_000_000)(target, key);
};

@InputType({ description: 'Set the city’s living-hardship figures for a year (administrators); yuan a month.' })
export class HardshipFigureSetInput {
  @Field(() => Int) @Min(2000) @Max(2100) year!: number;
  @yuan() averageWageYuan!: number;
  @yuan() pensionLevelYuan!: number;
  @yuan() basicPensionYuan!: number;
}

@InputType({ description: 'A model worker’s monthly income (in post) or pension (retired) for a year; sealed as personal information.' })
export class IncomeStatementSetInput {
  @Field(() => ID, { description: 'The ModelWorker.' }) modelWorker!: string;
  @Field(() => Int) @Min(2000) @Max(2100) year!: number;
  @Field() retired!: boolean;
  @yuan() monthlyYuan!: number;
}

@InputType({ description: 'Add one case of special-hardship aid to a draft roll.' })
export class AllowanceRollCaseAddInput {
  @Field(() => ID) roll!: string;
  @Field(() => ID, { description: 'The ModelWorker.' }) modelWorker!: string;
  @Field(() => Int) @Min(1) @Max(1_000_000) amountYuan!: number;
  @Field({ description: '困难情况（个人信息，加密保存）' }) @Length(4, 2000) reason!: string;
}

@InputType({ description: 'An organization’s care budget for a year by source; sources left out stay as they are.' })
export class CareBudgetSetInput {
  @Field(() => ID, { description: 'The Organization.' }) organization!: string;
  @Field(() => Int) @Min(2000) @Max(2100) year!: number;
  @yuan(true) @OmitOrGive() allocatedYuan?: number;
  @yuan(true) @OmitOrGive() ownBudgetYuan?: number;
  @yuan(true) @OmitOrGive() matchedYuan?: number;
  @yuan(true) @OmitOrGive() donatedYuan?: number;
}

/** Approving past the budget needs a reason, kept with the charge (超预算审批). */
export const budgetOverrideField = () => (target: object, key: string | symbol) => {
  Field(() => String, { nullable: true, description: 'Why to approve past the budget; only read when the approval would exceed it.' })(target, key);
  IsOptional()(target, key);
  Length(4, 1000)(target, key);
};
