import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Attachment } from './attachment.entity.js';
import { mayDownload } from './attachment.service.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const attachmentNodes: NodeLoaders = {
  Attachment: async (ctx, id) => {
    const attachment = await ctx.em.findOne(Attachment, id);
    return attachment && (await mayDownload(ctx.em, ctx.viewer, attachment)) ? attachment : null;
  },
};

@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: 'Where to download it; access is checked there.' })
  url(@Root() attachment: Attachment): string {
    return `/api/attachments/${attachment.nodeId}`;
  }
}
