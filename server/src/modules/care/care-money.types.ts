import { Field, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { ConnectionType } from '../../common/relay/connection.js';
import { CareBudget, CareCharge } from './care-budget.entity.js';
import { HardshipFigure, IncomeStatement } from './hardship-figure.entity.js';
import { AllowanceRoll } from './allowance.entity.js';
import { GrantCause } from './care.enums.js';

export const CareBudgetConnection = ConnectionType(CareBudget);
export const CareChargeConnection = ConnectionType(CareCharge);
export const IncomeStatementConnection = ConnectionType(IncomeStatement);

@ObjectType({ description: 'Money paid in one allowance.' })
export class CareKindTotal {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int) people!: number;
  @Field(() => Int) amountYuan!: number;
}

@ObjectType({ description: 'Hardship grants paid for one cause.' })
export class CareCauseTotal {
  @Field(() => GrantCause) cause!: GrantCause;
  @Field(() => Int) count!: number;
  @Field(() => Int) amountYuan!: number;
}

@ObjectType({ description: 'The care report of one district (or the unions under none), or of the whole scope.' })
export class CareReportPart {
  @Field(() => String, { nullable: true, description: 'The district union; null for unions under no district, and for the total.' }) district!: string | null;
  @Field(() => [CareKindTotal]) allowances!: CareKindTotal[];
  @Field(() => [CareCauseTotal]) grants!: CareCauseTotal[];
  @Field(() => Int) paidYuan!: number;
  @Field(() => Int, { description: 'People visited (走访慰问人数): distinct model workers with a visit in the year.' }) visitedPeople!: number;
}

@ObjectType({ description: 'The year’s care report (关爱服务年度报告) in the viewer’s scope.' })
export class CareReport {
  @Field(() => Int) year!: number;
  @Field(() => [CareReportPart]) districts!: CareReportPart[];
  @Field(() => CareReportPart) total!: CareReportPart;
}

@ObjectType()
export class HardshipFigurePayload extends Payload {
  @Field(() => HardshipFigure, { nullable: true }) figure?: HardshipFigure | null;
}

@ObjectType()
export class IncomeStatementPayload extends Payload {
  @Field(() => IncomeStatement, { nullable: true }) statement?: IncomeStatement | null;
}

@ObjectType()
export class CareBudgetPayload extends Payload {
  @Field(() => CareBudget, { nullable: true }) budget?: CareBudget | null;
}

@ObjectType()
export class AllowanceRollCasePayload extends Payload {
  @Field(() => AllowanceRoll, { nullable: true }) roll?: AllowanceRoll | null;
}
