import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CareBudget, CareCharge } from './care-budget.entity.js';
import { IncomeStatement } from './hardship-figure.entity.js';
import { HardshipFigure } from './hardship-figure.entity.js';
import { AllowanceRoll } from './allowance.entity.js';
import { AllowanceRollAction, CareChargeKind } from './care.enums.js';
import * as T from './care-money.types.js';
import * as I from './care-money.inputs.js';
import * as queries from './care-money.queries.js';
import { careReport } from './care-report.queries.js';
import { careReportWorkbook } from './care-report.workbook.js';
import { setCareBudget, spentYuan } from './care-budget.service.js';
import { addCaseToRoll, setHardshipFigure, setIncomeStatement, statedMonthlyYuan } from './hardship.service.js';
import { ROLL_WORKFLOW, RollParty } from './allowance-roll.workflow.js';
import { Organization } from '../organization/organization.entity.js';
import { may, Operation } from '../account/policy.js';
import { actionOptionType, presentOptions } from '../../common/workflow/action-option.type.js';
import { PageArgs } from '../../common/relay/connection.js';
import { payload } from '../../common/errors/payload.js';
import { actorOf } from '../../common/actor.js';
import type { Context } from '../../context.js';

const AllowanceRollActionOption = actionOptionType('AllowanceRollActionOption', AllowanceRollAction);

/** 关爱经费: budgets and what was spent against them, living-hardship figures, special-hardship cases, the year's report. */
@Resolver()
export class CareMoneyResolver {
  @Query(() => T.CareBudgetConnection, { description: 'Care budgets of a year in the viewer’s scope.' })
  careBudgets(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return queries.careBudgets(ctx.em, ctx.viewer, year, page);
  }

  @Query(() => [HardshipFigure], { description: 'The city’s living-hardship figures by year.' })
  hardshipFigures(@Ctx() ctx: Context) {
    return queries.hardshipFigures(ctx.em, ctx.viewer);
  }

  @Query(() => T.IncomeStatementConnection, { description: 'A model worker’s income statements by year, to the offices that may state them only.' })
  incomeStatements(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('modelWorker', () => ID) modelWorker: string) {
    return queries.incomeStatements(ctx.em, ctx.viewer, modelWorker, page);
  }

  @Query(() => T.CareReport, { description: 'The year’s care report per district and in total, in the viewer’s scope.' })
  careReport(@Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return careReport(ctx.em, ctx.viewer, year);
  }

  @Query(() => String, { description: 'The year’s care report as an XLSX workbook, base64.' })
  async careReportWorkbook(@Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return careReportWorkbook(await careReport(ctx.em, ctx.viewer, year));
  }

  @Mutation(() => T.CareBudgetPayload, { description: 'Set an organization’s care budget for a year by source.' })
  careBudgetSet(@Arg('input') input: I.CareBudgetSetInput, @Ctx() ctx: Context) {
    return payload({ budget: setCareBudget(actorOf(ctx), input) });
  }

  @Mutation(() => T.HardshipFigurePayload, { description: 'Set the city’s living-hardship figures for a year (administrators).' })
  hardshipFigureSet(@Arg('input') input: I.HardshipFigureSetInput, @Ctx() ctx: Context) {
    return payload({ figure: setHardshipFigure(actorOf(ctx), input) });
  }

  @Mutation(() => T.IncomeStatementPayload, { description: 'State a model worker’s monthly income or pension for a year.' })
  incomeStatementSet(@Arg('input') input: I.IncomeStatementSetInput, @Ctx() ctx: Context) {
    return payload({ statement: setIncomeStatement(actorOf(ctx), input) });
  }

  @Mutation(() => T.AllowanceRollCasePayload, { description: 'Add one case of special-hardship aid to a draft roll.' })
  allowanceRollCaseAdd(@Arg('input') input: I.AllowanceRollCaseAddInput, @Ctx() ctx: Context) {
    return payload({ roll: addCaseToRoll(actorOf(ctx), input) });
  }
}

@Resolver(() => CareBudget)
export class CareBudgetResolver {
  @FieldResolver(() => Organization)
  organization(@Root() budget: CareBudget) {
    return budget.organization.loadOrFail();
  }

  @FieldResolver(() => Int, { description: 'All sources together.' })
  totalYuan(@Root() budget: CareBudget) {
    return budget.totalYuan;
  }

  @FieldResolver(() => Int, { description: 'Charged by approved grants and rolls, attended health checks and confirmed recuperation places.' })
  spentYuan(@Root() budget: CareBudget, @Ctx() ctx: Context) {
    return spentYuan(ctx.em, budget.organization.id, budget.year);
  }

  @FieldResolver(() => T.CareChargeConnection)
  charges(@Root() budget: CareBudget, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return queries.careCharges(ctx.em, budget, page);
  }
}

@Resolver(() => CareCharge)
export class CareChargeResolver {
  @FieldResolver(() => CareChargeKind, { description: 'The kind of spending.' })
  kind(@Root() charge: CareCharge): CareChargeKind {
    if (charge.grant) return CareChargeKind.GRANT;
    if (charge.roll) return CareChargeKind.ALLOWANCE;
    return charge.checkBooking ? CareChargeKind.HEALTH_CHECK : CareChargeKind.RECUPERATION;
  }

  @FieldResolver(() => String, { description: 'What was approved: a grant (its cause), a roll (its allowance and year), or the batch of a check or recuperation place.' })
  async what(@Root() charge: CareCharge) {
    const grant = await charge.grant?.load();
    if (grant) return `${grant.ruleApplied.name}（${grant.year}）`;
    const roll = await charge.roll?.load();
    if (roll) return `${(await roll.kind.loadOrFail()).name}（${roll.year}）`;
    const booking = await charge.checkBooking?.load();
    if (booking) return (await booking.batch.loadOrFail()).name;
    const enrolment = await charge.recuperationEnrolment?.load();
    return enrolment ? (await enrolment.batch.loadOrFail()).name : '';
  }

  @FieldResolver(() => String)
  async chargedByName(@Root() charge: CareCharge) {
    return (await charge.chargedBy.loadOrFail()).displayName;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who approved past the budget.' })
  async overriddenByName(@Root() charge: CareCharge) {
    return (await charge.overriddenBy?.load())?.displayName ?? null;
  }
}

@Resolver(() => IncomeStatement)
export class IncomeStatementResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'The monthly yuan, to the offices over the model worker only.' })
  async monthlyYuan(@Root() statement: IncomeStatement, @Ctx() ctx: Context) {
    const worker = await statement.modelWorker.loadOrFail({ populate: ['organization'] });
    return may(ctx.viewer, Operation.CARE_INCOME_STATE, worker.organization.getEntity()) ? statedMonthlyYuan(statement) : null;
  }
}

@Resolver(() => AllowanceRoll)
export class AllowanceRollStepsResolver {
  @FieldResolver(() => [AllowanceRollActionOption], { description: 'The steps the viewer may take now.' })
  async viewerActionOptions(@Root() roll: AllowanceRoll, @Ctx() ctx: Context) {
    const office = await roll.organization.loadOrFail();
    const parties = new Set(may(ctx.viewer, Operation.CARE_ROLL_MANAGE, office) ? [RollParty.CITY] : []);
    return presentOptions(await ROLL_WORKFLOW.options({ state: roll.state, actors: parties, context: null }), ctx.locale);
  }

  @FieldResolver(() => Boolean, { description: 'Whether people are added case by case (special-hardship aid).' })
  async byCase(@Root() roll: AllowanceRoll) {
    return (await roll.kind.loadOrFail()).basis === 'CASE';
  }
}
