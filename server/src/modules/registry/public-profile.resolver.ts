import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { publicCache } from '../../common/http-cache.js';
import { ConnectionType, PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import { NIL_UUID } from '../../common/queries.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorker } from './model-worker.entity.js';
import { publicProfile, publicProfiles } from './public-profile.queries.js';
import { Industry } from './industry.js';

const ModelWorkerProfileConnection = ConnectionType(ModelWorker, 'ModelWorkerProfile');

/** 劳模风采: the public list and profile of model workers who consented; only the public fields of `ModelWorker`. */
@Resolver(() => ModelWorker)
export class PublicProfileResolver {
  @Query(() => ModelWorkerProfileConnection, { description: 'Public profiles of model workers who consented, by name.' })
  modelWorkerProfiles(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('level', () => HonorLevel, { nullable: true, description: 'Holds an honor of this level.' }) level?: HonorLevel,
    @Arg('district', () => ID, { nullable: true, description: 'The district, industry or bureau union.' }) district?: string,
    @Arg('industry', () => Industry, { nullable: true }) industry?: Industry,
  ) {
    publicCache(ctx);
    const districtId = district ? (idOf(district, 'Organization') ?? NIL_UUID) : null;
    return publicProfiles(ctx.em, { search, level, district: districtId, industry }, page);
  }

  @Query(() => ModelWorker, { nullable: true, description: 'One public profile; null when the person has none.' })
  modelWorkerProfile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    publicCache(ctx);
    const uuid = idOf(id, 'ModelWorker');
    return uuid ? publicProfile(ctx.em, uuid) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The public deeds summary; only on the profile of one who consented to it.' })
  deedsSummary(@Root() worker: ModelWorker): string | null {
    return worker.profileConsent ? (worker.deedsSummary ?? null) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The district, industry or bureau union above the employer.' })
  async district(@Root() worker: ModelWorker, @Ctx() ctx: Context): Promise<Organization | null> {
    const org = await ctx.em.findOneOrFail(Organization, worker.organization.id);
    const districtId = org.path.split('/').filter(Boolean)[1];
    return districtId ? ctx.em.findOne(Organization, districtId) : null;
  }
}
