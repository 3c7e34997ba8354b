import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GrantApplication } from './grant-application.entity.js';
import { GrantRule } from './grant-rule.entity.js';
import { AllowanceKind, AllowanceRoll, AllowanceRollLine } from './allowance.entity.js';
import { GrantApplicationState } from './care.enums.js';
import * as T from './care.types.js';
import * as I from './care.inputs.js';
import * as queries from './care.queries.js';
import { applyForGrant, stepGrantApplication } from './grant.service.js';
import { generateAllowanceRoll, stepAllowanceRoll } from './allowance.service.js';
import { updateAllowanceKind, updateGrantRule } from './care-rules.service.js';
import { grantParties } from './care.access.js';
import { grantActionOptions } from './grant-application.workflow.js';
import { Organization } from '../organization/organization.entity.js';
import { presentOptions } from '../../common/workflow/action-option.type.js';
import { PageArgs } from '../../common/relay/connection.js';
import { payload } from '../../common/errors/payload.js';
import { actorOf } from '../../common/actor.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import type { Context } from '../../context.js';

/** A roll read on its own (its page of people is opened from the roll list). */
export const careNodes: NodeLoaders = {
  AllowanceRoll: (ctx, id) => queries.allowanceRoll(ctx.em, ctx.viewer, id),
};

/** 关爱服务: hardship grants by rule and the allowance rolls. Every read is scoped in care.queries.ts. */
@Resolver()
export class CareResolver {
  @Query(() => T.GrantApplicationConnection, { description: 'Hardship grant applications in the viewer’s scope, newest first.' })
  grantApplications(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('state', () => GrantApplicationState, { nullable: true }) state?: GrantApplicationState,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ) {
    return queries.grantApplications(ctx.em, ctx.viewer, { state, year }, page);
  }

  @Query(() => [GrantRule], { description: 'The hardship grant rules as they stand.' })
  grantRules(@Ctx() ctx: Context) {
    return queries.grantRules(ctx.em, ctx.viewer);
  }

  @Query(() => [AllowanceKind], { description: 'The allowances and their amounts by level.' })
  allowanceKinds(@Ctx() ctx: Context) {
    return queries.allowanceKinds(ctx.em, ctx.viewer);
  }

  @Query(() => T.AllowanceRollConnection, { description: 'Allowance rolls, newest year first.' })
  allowanceRolls(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number) {
    return queries.allowanceRolls(ctx.em, ctx.viewer, year, page);
  }

  @Mutation(() => T.GrantRulePayload, { description: 'Change a grant rule’s figures (administrators).' })
  grantRuleUpdate(@Arg('input') input: I.GrantRuleUpdateInput, @Ctx() ctx: Context) {
    return payload({ rule: updateGrantRule(actorOf(ctx), input) });
  }

  @Mutation(() => T.AllowanceKindPayload, { description: 'Set an allowance’s amounts by level (administrators).' })
  allowanceKindUpdate(@Arg('input') input: I.AllowanceKindUpdateInput, @Ctx() ctx: Context) {
    return payload({ kind: updateAllowanceKind(actorOf(ctx), input) });
  }

  @Mutation(() => T.GrantApplicationPayload, { description: 'Apply for a hardship grant; the rule computes the amount.' })
  grantApply(@Arg('input') input: I.GrantApplyInput, @Ctx() ctx: Context) {
    return payload({ application: applyForGrant(actorOf(ctx), input) });
  }

  @Mutation(() => T.GrantApplicationPayload, { description: 'Review, approve, return, refuse, pay or withdraw a grant application.' })
  grantApplicationStep(@Arg('input') input: I.GrantApplicationStepInput, @Ctx() ctx: Context) {
    return payload({ application: stepGrantApplication(actorOf(ctx), input) });
  }

  @Mutation(() => T.AllowanceRollPayload, { description: 'Generate an allowance roll for a year from the registry.' })
  allowanceRollGenerate(@Arg('input') input: I.AllowanceRollGenerateInput, @Ctx() ctx: Context) {
    return payload({ roll: generateAllowanceRoll(actorOf(ctx), input), paymentFile: null });
  }

  @Mutation(() => T.AllowanceRollPayload, { description: 'Review, approve, export (answers the payment file) or mark paid.' })
  async allowanceRollStep(@Arg('input') input: I.AllowanceRollStepInput, @Ctx() ctx: Context) {
    const { roll, paymentFile } = await stepAllowanceRoll(actorOf(ctx), input);
    return payload({ roll, paymentFile });
  }
}

@Resolver(() => GrantApplication)
export class GrantApplicationResolver {
  @FieldResolver(() => String, { description: 'The model worker’s name.' })
  async modelWorkerName(@Root() application: GrantApplication) {
    return (await application.modelWorker.loadOrFail()).name;
  }

  @FieldResolver(() => Organization)
  organization(@Root() application: GrantApplication) {
    return application.organization.loadOrFail();
  }

  @FieldResolver(() => String, { description: 'The name of the rule applied.' })
  ruleName(@Root() application: GrantApplication) {
    return application.ruleApplied.name;
  }

  @FieldResolver(() => [T.GrantApplicationActionOption])
  async viewerActionOptions(@Root() application: GrantApplication, @Ctx() ctx: Context) {
    const parties = await grantParties(ctx.em, ctx.viewer, application);
    return presentOptions(await grantActionOptions(application.state, parties), ctx.locale);
  }
}

@Resolver(() => AllowanceRoll)
export class AllowanceRollResolver {
  @FieldResolver(() => AllowanceKind)
  kind(@Root() roll: AllowanceRoll) {
    return roll.kind.loadOrFail();
  }

  @FieldResolver(() => T.AllowanceRollLineConnection, { description: 'The people on the roll within the viewer’s scope.' })
  lines(@Root() roll: AllowanceRoll, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return queries.allowanceRollLines(ctx.em, ctx.viewer, roll, page);
  }

  @FieldResolver(() => [T.AllowanceRollTotal], { description: 'People and yuan per district and level, within the viewer’s scope.' })
  totals(@Root() roll: AllowanceRoll, @Ctx() ctx: Context) {
    return queries.allowanceRollTotals(ctx.em, ctx.viewer, roll);
  }
}

@Resolver(() => AllowanceRollLine)
export class AllowanceRollLineResolver {
  @FieldResolver(() => String)
  async modelWorkerName(@Root() line: AllowanceRollLine) {
    return (await line.modelWorker.loadOrFail()).name;
  }

  @FieldResolver(() => Organization)
  organization(@Root() line: AllowanceRollLine) {
    return line.organization.loadOrFail();
  }
}

