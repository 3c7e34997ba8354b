import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CarePairing, CarePairingRule } from './pairing.entity.js';
import { CareFestival, CareVisit, CareVisitQuota } from './visit.entity.js';
import * as T from './visit.types.js';
import * as I from './visit.inputs.js';
import * as pairingQueries from './pairing.queries.js';
import * as visitQueries from './visit.queries.js';
import { createPairing, endPairing } from './pairing.service.js';
import { markFollowUpDone, recordVisit } from './visit.service.js';
import { updateFestival, updatePairingRule, updateVisitQuota } from './care-standards.service.js';
import { mayFollowUp, mayReadCare } from './care.access.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { PageArgs } from '../../common/relay/connection.js';
import { payload } from '../../common/errors/payload.js';
import { openOrNull } from '../../common/sealed-text.js';
import { actorOf } from '../../common/actor.js';
import type { Context } from '../../context.js';

const thisYear = (ctx: Context) => Number(beijingDate(ctx.services.clock.now()).slice(0, 4));

/** 八分八有 (seed 003): one-to-one pairing by level, visits, birthdays and festivals, and yearly coverage. */
@Resolver()
export class CareVisitResolver {
  @Query(() => T.CarePairingConnection, { description: 'Pairings in the viewer’s scope, open and ended (the history).' })
  carePairings(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('active', () => Boolean, { nullable: true }) active?: boolean,
    @Arg('modelWorker', () => ID, { nullable: true }) modelWorker?: string,
  ) {
    return pairingQueries.carePairings(ctx.em, ctx.viewer, { active, modelWorker }, page);
  }

  @Query(() => [CarePairingRule], { description: 'Who a model worker of each level is paired with.' })
  carePairingRules(@Ctx() ctx: Context) {
    return pairingQueries.carePairingRules(ctx.em, ctx.viewer);
  }

  @Query(() => T.CarePartnerCard, { nullable: true, description: 'The signed-in model worker’s contact card: who they are paired with.' })
  async myCarePairing(@Ctx() ctx: Context) {
    const pairing = await pairingQueries.myCarePairing(ctx.em, ctx.viewer);
    return pairing && { kind: pairing.partnerKind, name: pairing.partnerName, post: pairing.partnerPost, phone: pairing.partnerPhone, since: pairing.startedOn };
  }

  @Query(() => T.CareVisitConnection, { description: 'Visits in the viewer’s scope, latest first.' })
  careVisits(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('modelWorker', () => ID, { nullable: true }) modelWorker?: string,
    @Arg('followUpOpen', () => Boolean, { nullable: true }) followUpOpen?: boolean,
  ) {
    return visitQueries.careVisits(ctx.em, ctx.viewer, { year, modelWorker, followUpOpen }, page);
  }

  @Query(() => [CareFestival], { description: 'The six festivals (六大节日).' })
  careFestivals(@Ctx() ctx: Context) {
    return visitQueries.careFestivals(ctx.em, ctx.viewer);
  }

  @Query(() => [CareVisitQuota], { description: 'The yearly visiting duties.' })
  careVisitQuotas(@Ctx() ctx: Context) {
    return visitQueries.careVisitQuotas(ctx.em, ctx.viewer);
  }

  @Query(() => T.CareBirthdayConnection, { description: 'Model workers in scope whose birthday is this week (Beijing).' })
  careBirthdaysThisWeek(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return visitQueries.careBirthdaysThisWeek(ctx.em, ctx.viewer, ctx.services.clock.now(), page);
  }

  @Query(() => T.CareFestivalEntryConnection, { description: 'A festival’s list: model workers in scope and whether they were visited for it that year.' })
  careFestivalList(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('festival', () => ID) festival: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('notVisitedOnly', () => Boolean, { nullable: true }) notVisitedOnly?: boolean,
  ) {
    return visitQueries.careFestivalList(ctx.em, ctx.viewer, festival, year ?? thisYear(ctx), !!notVisitedOnly, page);
  }

  @Query(() => T.CareCoverageRowConnection, { description: 'Model workers in scope against the year’s visiting duties; uncoveredOnly lists who was not visited enough.' })
  careCoverage(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('uncoveredOnly', () => Boolean, { nullable: true }) uncoveredOnly?: boolean,
  ) {
    return visitQueries.careCoverage(ctx.em, ctx.viewer, year ?? thisYear(ctx), !!uncoveredOnly, page);
  }

  @Query(() => T.CareCoverageSummary, { description: 'How many model workers in scope the year’s duties cover.' })
  careCoverageSummary(@Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number) {
    return visitQueries.careCoverageSummary(ctx.em, ctx.viewer, year ?? thisYear(ctx));
  }

  @Mutation(() => T.CarePairingPayload, { description: 'Pair a model worker with a contact by the pairing rule.' })
  carePairingCreate(@Arg('input') input: I.CarePairingCreateInput, @Ctx() ctx: Context) {
    return payload({ pairing: createPairing(actorOf(ctx), input) });
  }

  @Mutation(() => T.CarePairingPayload, { description: 'End a pairing (kept in the history).' })
  carePairingEnd(@Arg('input') input: I.CarePairingEndInput, @Ctx() ctx: Context) {
    return payload({ pairing: endPairing(actorOf(ctx), input) });
  }

  @Mutation(() => T.CarePairingRulePayload, { description: 'Change which kind of contact a level is paired with (administrators).' })
  carePairingRuleUpdate(@Arg('input') input: I.CarePairingRuleUpdateInput, @Ctx() ctx: Context) {
    return payload({ rule: updatePairingRule(actorOf(ctx), input) });
  }

  @Mutation(() => T.CareVisitQuotaPayload, { description: 'Change a yearly visiting duty (administrators).' })
  careVisitQuotaUpdate(@Arg('input') input: I.CareVisitQuotaUpdateInput, @Ctx() ctx: Context) {
    return payload({ quota: updateVisitQuota(actorOf(ctx), input) });
  }

  @Mutation(() => T.CareFestivalPayload, { description: 'Rename or move one of the festivals (administrators).' })
  careFestivalUpdate(@Arg('input') input: I.CareFestivalUpdateInput, @Ctx() ctx: Context) {
    return payload({ festival: updateFestival(actorOf(ctx), input) });
  }

  @Mutation(() => T.CareVisitPayload, { description: 'Record a visit to a model worker.' })
  careVisitRecord(@Arg('input') input: I.CareVisitRecordInput, @Ctx() ctx: Context) {
    return payload({ visit: recordVisit(actorOf(ctx), input) });
  }

  @Mutation(() => T.CareVisitPayload, { description: 'Mark a visit’s follow-up done.' })
  careVisitFollowUpDone(@Arg('input') input: I.CareVisitFollowUpDoneInput, @Ctx() ctx: Context) {
    return payload({ visit: markFollowUpDone(actorOf(ctx), input) });
  }
}

@Resolver(() => CarePairing)
export class CarePairingResolver {
  @FieldResolver(() => ModelWorker)
  modelWorker(@Root() pairing: CarePairing) {
    return pairing.modelWorker.loadOrFail();
  }

  @FieldResolver(() => Organization, { description: 'The model worker’s keeper when paired.' })
  organization(@Root() pairing: CarePairing) {
    return pairing.organization.loadOrFail();
  }
}

/**
 * A visit reaches only staff who read it (every query and payload that answers one is scoped); its sealed
 * text (personal) opens by the same rule again (care.access.ts), so no other path to a visit can open it.
 */
@Resolver(() => CareVisit)
export class CareVisitRecordResolver {
  @FieldResolver(() => ModelWorker)
  modelWorker(@Root() visit: CareVisit) {
    return visit.modelWorker.loadOrFail();
  }

  @FieldResolver(() => Organization)
  organization(@Root() visit: CareVisit) {
    return visit.organization.loadOrFail();
  }

  @FieldResolver(() => CareFestival, { nullable: true })
  festival(@Root() visit: CareVisit) {
    return visit.festival?.load() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'The visitor is the model worker’s paired contact.' })
  byPairedContact(@Root() visit: CareVisit) {
    return !!visit.pairing;
  }

  @FieldResolver(() => String, { nullable: true, description: '反映的问题 (personal; opened from its sealed column).' })
  async raised(@Root() visit: CareVisit, @Ctx() ctx: Context) {
    return (await mayReadCare(ctx.viewer, visit)) ? openOrNull(visit.raisedSealed) : null;
  }

  @FieldResolver(() => Boolean, { description: 'The follow-up is open and the viewer may mark it done (the office that recorded the visit, or the one keeping the person now).' })
  async viewerCanMarkFollowUpDone(@Root() visit: CareVisit, @Ctx() ctx: Context) {
    return !!visit.followUpSealed && !visit.followUpDoneAt && mayFollowUp(ctx.viewer, visit);
  }

  @FieldResolver(() => String, { nullable: true, description: '跟进事项 (opened from its sealed column).' })
  async followUp(@Root() visit: CareVisit, @Ctx() ctx: Context) {
    return (await mayReadCare(ctx.viewer, visit)) ? openOrNull(visit.followUpSealed) : null;
  }
}
