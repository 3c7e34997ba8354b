import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Honor } from './honor.entity.js';
import { HonorLevel } from './honor.enums.js';
import { HonorCreateInput, HonorUpdateInput } from './honor.inputs.js';
import { createHonor, updateHonor } from './honor.service.js';
import { ConnectionType, PageArgs, paginate } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import { Payload } from '../../common/errors/user-error.type.js';
import type { Context } from '../../context.js';
import { payload } from '../../common/errors/payload.js';
import { NIL_UUID } from '../../common/queries.js';

const HonorConnection = ConnectionType(Honor);

@ObjectType()
class HonorCreatePayload extends Payload {
  @Field(() => Honor, { nullable: true }) honor?: Honor | null;
}

@ObjectType()
class HonorUpdatePayload extends Payload {
  @Field(() => Honor, { nullable: true }) honor?: Honor | null;
}

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const honorNodes: NodeLoaders = {
  Honor: (ctx, id) => ctx.em.findOne(Honor, id),
};

/** The honor catalogue is public; only administrators change it. */
@Resolver(() => Honor)
export class HonorResolver {
  @Query(() => Honor, { nullable: true })
  honor(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Honor, idOf(id, 'Honor') ?? NIL_UUID);
  }

  @Query(() => HonorConnection)
  honors(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('level', () => HonorLevel, { nullable: true }) level?: HonorLevel) {
    return paginate(ctx.em, Honor, level ? { level } : {}, page, { level: 'asc', code: 'asc' });
  }

  @FieldResolver(() => [Honor], { description: 'A candidate must already hold at least one of these.' })
  async prerequisites(@Root() honor: Honor) {
    return (await honor.prerequisites.load()).getItems();
  }

  @Mutation(() => HonorCreatePayload)
  async honorCreate(@Arg('input') input: HonorCreateInput, @Ctx() ctx: Context): Promise<HonorCreatePayload> {
    return payload({ honor: await createHonor(ctx.em, ctx.viewer, input) });
  }

  @Mutation(() => HonorUpdatePayload)
  async honorUpdate(@Arg('input') input: HonorUpdateInput, @Ctx() ctx: Context): Promise<HonorUpdatePayload> {
    return payload({ honor: await updateHonor(ctx.em, ctx.viewer, input) });
  }
}
