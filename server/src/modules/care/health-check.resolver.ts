import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { HealthCheckBatch, HealthCheckBooking, HealthCheckPackage } from './health-check.entity.js';
import { HealthCheckBookingState } from './health-check.enums.js';
import * as T from './health-check.types.js';
import * as I from './health-check.inputs.js';
import * as queries from './health-check.queries.js';
import { healthCheckMissing } from './care-gaps.queries.js';
import { bookHealthCheck, bookingParties, createHealthCheckBatch, placesTaken, recordHealthCheckElsewhere, stepHealthCheckBooking, updateHealthCheckPackage } from './health-check.service.js';
import { bookingActionOptions } from './health-check.workflow.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { beijingDate } from '../calendar/working-calendar.js';
import { presentOptions } from '../../common/workflow/action-option.type.js';
import { PageArgs } from '../../common/relay/connection.js';
import { payload } from '../../common/errors/payload.js';
import { actorOf } from '../../common/actor.js';
import type { Context } from '../../context.js';

/** 劳模体检: packages, batches, bookings and who has had none this year. Reads are scoped in health-check.queries.ts. */
@Resolver()
export class HealthCheckResolver {
  @Query(() => [HealthCheckPackage], { description: 'The health-check packages by level, with price and the unit’s share.' })
  healthCheckPackages(@Ctx() ctx: Context) {
    return queries.healthCheckPackages(ctx.em, ctx.viewer);
  }

  @Query(() => T.HealthCheckBatchConnection, { description: 'Batches organized above or within the viewer’s places; `open`: not yet ended.' })
  healthCheckBatches(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('open', { nullable: true }) open?: boolean,
  ) {
    return queries.healthCheckBatches(ctx.em, ctx.viewer, { year, openOn: open ? beijingDate(ctx.services.clock.now()) : null }, page);
  }

  @Query(() => T.HealthCheckBookingConnection, { description: 'Bookings of the model workers in the viewer’s scope.' })
  healthCheckBookings(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('batch', () => String, { nullable: true, description: 'A HealthCheckBatch id.' }) batch?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('state', () => HealthCheckBookingState, { nullable: true }) state?: HealthCheckBookingState,
  ) {
    return queries.healthCheckBookings(ctx.em, ctx.viewer, { batch, year, state }, page);
  }

  @Query(() => T.CareGapConnection, { description: 'Entitled model workers in scope who have not attended a health check in the year.' })
  healthCheckMissing(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return healthCheckMissing(ctx.em, ctx.viewer, year, page);
  }

  @Query(() => T.HealthCheckBookingConnection, { description: 'The signed-in model worker’s own bookings.' })
  viewerHealthCheckBookings(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return queries.viewerHealthCheckBookings(ctx.em, ctx.viewer, page);
  }

  @Mutation(() => T.HealthCheckBatchPayload, { description: 'Set up a health-check batch (city or district office).' })
  healthCheckBatchCreate(@Arg('input') input: I.HealthCheckBatchCreateInput, @Ctx() ctx: Context) {
    return payload({ batch: createHealthCheckBatch(actorOf(ctx), input) });
  }

  @Mutation(() => T.HealthCheckBookingPayload, { description: 'Book a health check, for oneself or a model worker one’s office serves.' })
  healthCheckBook(@Arg('input') input: I.HealthCheckBookInput, @Ctx() ctx: Context) {
    return payload({ booking: bookHealthCheck(actorOf(ctx), input) });
  }

  @Mutation(() => T.HealthCheckBookingPayload, { description: 'Record attendance or absence, or cancel a booking.' })
  healthCheckBookingStep(@Arg('input') input: I.HealthCheckBookingStepInput, @Ctx() ctx: Context) {
    return payload({ booking: stepHealthCheckBooking(actorOf(ctx), input) });
  }

  @Mutation(() => T.HealthCheckPackagePayload, { description: 'Change a package’s price, the unit’s share or whether it is offered (administrators).' })
  healthCheckPackageUpdate(@Arg('input') input: I.HealthCheckPackageUpdateInput, @Ctx() ctx: Context) {
    return payload({ package: updateHealthCheckPackage(actorOf(ctx), input) });
  }

  @Mutation(() => T.HealthCheckElsewherePayload, { description: 'Record a check the model worker had at another hospital; it counts as the year’s check.' })
  healthCheckElsewhereRecord(@Arg('input') input: I.HealthCheckElsewhereRecordInput, @Ctx() ctx: Context) {
    return payload({ record: recordHealthCheckElsewhere(actorOf(ctx), input) });
  }
}

@Resolver(() => HealthCheckBatch)
export class HealthCheckBatchResolver {
  @FieldResolver(() => Organization)
  organizer(@Root() batch: HealthCheckBatch) {
    return batch.organizer.loadOrFail();
  }

  @FieldResolver(() => T.BatchPlaces)
  async places(@Root() batch: HealthCheckBatch, @Ctx() ctx: Context) {
    const taken = await placesTaken(ctx.em, batch);
    return { taken, left: Math.max(0, batch.capacity - taken) };
  }
}

@Resolver(() => HealthCheckBooking)
export class HealthCheckBookingResolver {
  @FieldResolver(() => ModelWorker)
  modelWorker(@Root() booking: HealthCheckBooking) {
    return booking.modelWorker.loadOrFail();
  }

  @FieldResolver(() => HealthCheckBatch)
  batch(@Root() booking: HealthCheckBooking) {
    return booking.batch.loadOrFail();
  }

  @FieldResolver(() => HealthCheckPackage)
  package(@Root() booking: HealthCheckBooking) {
    return booking.package.loadOrFail();
  }

  @FieldResolver(() => Organization)
  organization(@Root() booking: HealthCheckBooking) {
    return booking.organization.loadOrFail();
  }

  @FieldResolver(() => String, { nullable: true, description: '体检结论: the model worker themself and the offices over them only.' })
  result(@Root() booking: HealthCheckBooking, @Ctx() ctx: Context) {
    return queries.bookingResult(ctx.viewer, booking);
  }

  @FieldResolver(() => [T.HealthCheckBookingActionOption])
  async viewerActionOptions(@Root() booking: HealthCheckBooking, @Ctx() ctx: Context) {
    const batch = await booking.batch.loadOrFail();
    const days = { today: beijingDate(ctx.services.clock.now()), startsOn: batch.startsOn };
    return presentOptions(await bookingActionOptions(booking.state, await bookingParties(ctx.viewer, booking), days), ctx.locale);
  }
}
