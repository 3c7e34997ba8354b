import { Ctx, Query, Resolver } from 'type-graphql';
import { RegistryStatistics } from './registry-statistics.type.js';
import { registryStatistics } from './registry-statistics.service.js';
import type { Context } from '../../context.js';

@Resolver()
export class StatisticsResolver {
  @Query(() => RegistryStatistics, { description: 'Public figures of the model-worker registry.' })
  registryStatistics(@Ctx() ctx: Context): Promise<RegistryStatistics> {
    return registryStatistics(ctx.em);
  }
}
