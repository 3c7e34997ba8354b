import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import type { Context } from '../../context.js';
import { Notice } from './notice.entity.js';
import { NoticePublishInput } from './notice.inputs.js';
import { publishNotice } from './notice.service.js';
import { payload } from '../../common/errors/payload.js';

@ObjectType()
class NoticePublishPayload extends Payload {
  @Field(() => Notice, { nullable: true }) notice?: Notice | null;
}

/** Publishing notices, a step of the process; reading them is the public resolver's (notice.public.resolver.ts). */
@Resolver()
export class NoticePublishingResolver {
  @Mutation(() => NoticePublishPayload, { description: 'Publishes a notice of a stage with its candidates (each must have consented).' })
  async noticePublish(@Arg('input') input: NoticePublishInput, @Ctx() ctx: Context): Promise<NoticePublishPayload> {
    return payload({ notice: await publishNotice(ctx.em, ctx.viewer, ctx.services.clock.now(), input) });
  }
}
