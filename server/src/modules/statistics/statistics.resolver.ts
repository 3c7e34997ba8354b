import { Ctx, Query, Resolver } from 'type-graphql';
import { RegistryStatistics } from './registry-statistics.type.js';
import { registryStatistics } from './registry-statistics.service.js';
import type { Context } from '../../context.js';
import { publicCache } from '../../common/http-cache.js';

@Resolver()
export class StatisticsResolver {
  @Query(() => RegistryStatistics, { description: 'Public figures of the model-worker registry.' })
  registryStatistics(@Ctx() ctx: Context): Promise<RegistryStatistics> {
    publicCache(ctx);
    return registryStatistics(ctx.em, ctx.services.clock.now());
  }
}
