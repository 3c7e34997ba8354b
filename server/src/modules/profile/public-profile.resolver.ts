import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { Context } from '../../context.js';
import { publicCache } from '../../common/http-cache.js';
import { ConnectionType, PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import { NIL_UUID } from '../../common/queries.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { publicProfile, publicProfiles } from './public-profile.queries.js';
import { Industry } from '../registry/industry.js';
import { actorOf } from '../../common/actor.js';
import { payload } from '../../common/errors/payload.js';
import { Payload } from '../../common/errors/user-error.type.js';
import { photoOf, setOwnPhoto } from './profile-photo.js';

@InputType({ description: 'The model worker sets the photo of their own profile: an image they uploaded (POST /api/attachments), or null to remove it.' })
export class ModelWorkerPhotoSetInput {
  @Field(() => ID, { nullable: true }) @IsOptional() photo?: string | null;
}

@ObjectType() export class ModelWorkerPhotoSetPayload extends Payload { @Field(() => ModelWorker, { nullable: true }) modelWorker?: ModelWorker | null; }

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

  @Mutation(() => ModelWorkerPhotoSetPayload)
  async modelWorkerPhotoSet(@Arg('input') input: ModelWorkerPhotoSetInput, @Ctx() ctx: Context): Promise<ModelWorkerPhotoSetPayload> {
    return payload({ modelWorker: await setOwnPhoto(actorOf(ctx), input.photo ?? null) });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where the profile photo downloads from; only on the profile of one who consented to it.' })
  async photoUrl(@Root() worker: ModelWorker, @Ctx() ctx: Context): Promise<string | null> {
    if (!worker.profileConsent) return null;
    const photo = await photoOf(ctx.em, worker);
    return photo ? `/api/attachments/${photo.nodeId}` : null;
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
