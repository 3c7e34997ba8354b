import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, paginate } from '../../common/relay/connection.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { attachmentsOf, type AttachmentAccessRules } from '../attachment/attachment.service.js';
import type { Context } from '../../context.js';
import { publicCache } from '../../common/http-cache.js';
import { Studio } from './studio.entity.js';
import { StudioCriterion, StudioMember, StudioProject, StudioResult, StudioReview } from './studio-parts.entity.js';
import { StudioResultKind } from './studio.enums.js';
import { mayManageStudio, maySeeStudio, PUBLIC_STUDIO_STATUSES } from './studio.access.js';
import { CRITERION_ATTACHMENTS } from './studio-certification.service.js';
import { StudioResultConnection } from './studio.types.js';

type Part = { studio: { load(): Promise<Studio | null> } };

/** A part is visible when its studio is (public parts) or kept by the viewer (certification parts). */
function partLoader(entity: new () => Part, rule: typeof maySeeStudio): NodeLoaders[string] {
  return async (ctx, id) => {
    const part = await ctx.em.findOne(entity, id as never) as Part | null;
    const studio = part ? await part.studio.load() : null;
    return part && studio && (await rule(ctx.viewer, studio)) ? part : null;
  };
}

/** How `node(id:)` finds a studio's parts (registered by modules/index.ts). */
export const studioPartNodes: NodeLoaders = {
  StudioMember: partLoader(StudioMember, maySeeStudio),
  StudioProject: partLoader(StudioProject, maySeeStudio),
  StudioResult: partLoader(StudioResult, maySeeStudio),
  StudioCriterion: partLoader(StudioCriterion, mayManageStudio),
  StudioReview: partLoader(StudioReview, mayManageStudio),
};

/** Evidence files are part of the certification file (registered by modules/index.ts). */
export const studioAttachmentAccess: AttachmentAccessRules = {
  [CRITERION_ATTACHMENTS]: async (em, viewer, ownerId) => {
    const criterion = await em.findOne(StudioCriterion, ownerId, { populate: ['studio'] });
    return !!criterion && mayManageStudio(viewer, criterion.studio.getEntity());
  },
};

@Resolver(() => StudioResult)
export class StudioResultResolver {
  @Query(() => StudioResultConnection, { description: 'Recent results across certified studios, latest first.' })
  studioResults(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('kind', () => StudioResultKind, { nullable: true }) kind?: StudioResultKind) {
    publicCache(ctx);
    return paginate(ctx.em, StudioResult, { studio: { status: { $in: PUBLIC_STUDIO_STATUSES } }, ...(kind ? { kind } : {}) }, page, { achievedOn: 'desc' });
  }

  @FieldResolver(() => Studio)
  studio(@Root() result: StudioResult) {
    return result.studio.load();
  }
}

@Resolver(() => StudioCriterion)
export class StudioCriterionResolver {
  @FieldResolver(() => [Attachment])
  attachments(@Root() criterion: StudioCriterion, @Ctx() ctx: Context) {
    return attachmentsOf(ctx.em, { type: CRITERION_ATTACHMENTS, id: criterion.id });
  }
}
