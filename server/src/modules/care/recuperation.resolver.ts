import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RecuperationBatch, RecuperationEnrolment, RecuperationPayRule } from './recuperation.entity.js';
import { RecuperationEnrolmentState } from './recuperation.enums.js';
import * as T from './recuperation.types.js';
import { BatchPlaces, CareGapConnection } from './health-check.types.js';
import * as I from './recuperation.inputs.js';
import * as queries from './recuperation.queries.js';
import { recuperationOverdue } from './care-gaps.queries.js';
import { overdueCutoff, recuperationShares } from './recuperation-rules.js';
import {
  allocateRecuperation, createRecuperationBatch, enrolInRecuperation, enrolmentDays, enrolmentParties, giveRecuperationFeedback,
  stepRecuperationEnrolment, updateRecuperationPayRule,
} from './recuperation.service.js';
import { enrolmentActionOptions } from './recuperation.workflow.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { presentOptions } from '../../common/workflow/action-option.type.js';
import { PageArgs } from '../../common/relay/connection.js';
import { payload } from '../../common/errors/payload.js';
import { actorOf } from '../../common/actor.js';
import type { Context } from '../../context.js';

/** 疗休养: batches, enrolment by priority, attendance, feedback and who is overdue. Reads are scoped in recuperation.queries.ts. */
@Resolver()
export class RecuperationResolver {
  @Query(() => [RecuperationPayRule], { description: 'Who pays the transport and who the rest, by who arranged the batch.' })
  recuperationPayRules(@Ctx() ctx: Context) {
    return queries.recuperationPayRules(ctx.em, ctx.viewer);
  }

  @Query(() => T.RecuperationBatchConnection, { description: 'Batches organized above or within the viewer’s places; `open`: not yet started.' })
  recuperationBatches(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('open', { nullable: true }) open?: boolean) {
    return queries.recuperationBatches(ctx.em, ctx.viewer, { openOn: open ? beijingDate(ctx.services.clock.now()) : null }, page);
  }

  @Query(() => T.RecuperationEnrolmentConnection, { description: 'Enrolments of the model workers in scope, the longest without one first.' })
  recuperationEnrolments(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('batch', () => String, { nullable: true, description: 'A RecuperationBatch id.' }) batch?: string,
    @Arg('state', () => RecuperationEnrolmentState, { nullable: true }) state?: RecuperationEnrolmentState,
  ) {
    return queries.recuperationEnrolments(ctx.em, ctx.viewer, { batch, state }, page);
  }

  @Query(() => CareGapConnection, { description: 'Model workers in post in scope with no recuperation for two years, the longest first (seed 001).' })
  recuperationOverdue(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return recuperationOverdue(ctx.em, ctx.viewer, overdueCutoff(beijingDate(ctx.services.clock.now())), page);
  }

  @Query(() => T.RecuperationEnrolmentConnection, { description: 'The signed-in model worker’s own enrolments.' })
  viewerRecuperationEnrolments(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return queries.viewerRecuperationEnrolments(ctx.em, ctx.viewer, page);
  }

  @Mutation(() => T.RecuperationBatchPayload, { description: 'Set up a recuperation batch (city or district office).' })
  recuperationBatchCreate(@Arg('input') input: I.RecuperationBatchCreateInput, @Ctx() ctx: Context) {
    return payload({ batch: createRecuperationBatch(actorOf(ctx), input) });
  }

  @Mutation(() => T.RecuperationEnrolmentPayload, { description: 'Enrol in a batch, oneself or a model worker one’s office serves.' })
  recuperationEnrol(@Arg('input') input: I.RecuperationEnrolInput, @Ctx() ctx: Context) {
    return payload({ enrolment: enrolInRecuperation(actorOf(ctx), input) });
  }

  @Mutation(() => T.RecuperationBatchPayload, { description: 'Give the places left, the longest without a recuperation first; the rest wait.' })
  recuperationBatchAllocate(@Arg('input') input: I.RecuperationAllocateInput, @Ctx() ctx: Context) {
    return payload({ batch: allocateRecuperation(actorOf(ctx), input) });
  }

  @Mutation(() => T.RecuperationEnrolmentPayload, { description: 'Record attendance or absence, or withdraw.' })
  recuperationEnrolmentStep(@Arg('input') input: I.RecuperationEnrolmentStepInput, @Ctx() ctx: Context) {
    return payload({ enrolment: stepRecuperationEnrolment(actorOf(ctx), input) });
  }

  @Mutation(() => T.RecuperationEnrolmentPayload, { description: 'The participant’s feedback after attending.' })
  recuperationFeedback(@Arg('input') input: I.RecuperationFeedbackInput, @Ctx() ctx: Context) {
    return payload({ enrolment: giveRecuperationFeedback(actorOf(ctx), input) });
  }

  @Mutation(() => T.RecuperationPayRulePayload, { description: 'Change who pays what for an arrangement (administrators).' })
  recuperationPayRuleUpdate(@Arg('input') input: I.RecuperationPayRuleUpdateInput, @Ctx() ctx: Context) {
    return payload({ rule: updateRecuperationPayRule(actorOf(ctx), input) });
  }
}

@Resolver(() => RecuperationBatch)
export class RecuperationBatchResolver {
  @FieldResolver(() => Organization)
  organizer(@Root() batch: RecuperationBatch) {
    return batch.organizer.loadOrFail();
  }

  @FieldResolver(() => [T.CostShare], { description: 'Who pays what of one place.' })
  costShares(@Root() batch: RecuperationBatch) {
    return recuperationShares(batch);
  }

  @FieldResolver(() => BatchPlaces)
  async places(@Root() batch: RecuperationBatch, @Ctx() ctx: Context) {
    const taken = await queries.placesGiven(ctx.em, batch);
    return { taken, left: Math.max(0, batch.capacity - taken) };
  }
}

@Resolver(() => RecuperationEnrolment)
export class RecuperationEnrolmentResolver {
  @FieldResolver(() => ModelWorker)
  modelWorker(@Root() enrolment: RecuperationEnrolment) {
    return enrolment.modelWorker.loadOrFail();
  }

  @FieldResolver(() => RecuperationBatch)
  batch(@Root() enrolment: RecuperationEnrolment) {
    return enrolment.batch.loadOrFail();
  }

  @FieldResolver(() => Organization)
  organization(@Root() enrolment: RecuperationEnrolment) {
    return enrolment.organization.loadOrFail();
  }

  @FieldResolver(() => [T.RecuperationEnrolmentActionOption])
  async viewerActionOptions(@Root() enrolment: RecuperationEnrolment, @Ctx() ctx: Context) {
    const days = await enrolmentDays(enrolment, ctx.services.clock.now());
    return presentOptions(await enrolmentActionOptions(enrolment.state, await enrolmentParties(ctx.viewer, enrolment), days), ctx.locale);
  }
}
