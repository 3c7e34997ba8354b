import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AllowanceRollLine } from './allowance.entity.js';
import { AllowanceRollLineConnection, GrantApplicationConnection } from './care.types.js';
import { CareStatus } from './my-care.types.js';
import * as queries from './my-care.queries.js';
import { PageArgs } from '../../common/relay/connection.js';
import type { Context } from '../../context.js';

/** 我的关爱: the model worker's own page reads these (bookings and enrolments are in their features' resolvers). */
@Resolver()
export class MyCareResolver {
  @Query(() => CareStatus, { nullable: true, description: 'The signed-in model worker’s standing for care; null for anyone without a registry record.' })
  viewerCareStatus(@Ctx() ctx: Context) {
    return queries.viewerCareStatus(ctx.em, ctx.viewer, ctx.services.clock.now());
  }

  @Query(() => GrantApplicationConnection, { description: 'The signed-in model worker’s own hardship grant applications.' })
  viewerGrantApplications(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return queries.viewerGrantApplications(ctx.em, ctx.viewer, page);
  }

  @Query(() => AllowanceRollLineConnection, { description: 'The allowances the signed-in model worker is on a roll for.' })
  viewerAllowanceLines(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return queries.viewerAllowanceLines(ctx.em, ctx.viewer, page);
  }
}

@Resolver(() => AllowanceRollLine)
export class MyAllowanceLineResolver {
  @FieldResolver(() => String, { description: 'The allowance’s name.' })
  async kindName(@Root() line: AllowanceRollLine) {
    return (await line.kind.loadOrFail()).name;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the roll was marked paid.' })
  async paidAt(@Root() line: AllowanceRollLine) {
    return (await line.roll.loadOrFail()).paidAt ?? null;
  }
}
