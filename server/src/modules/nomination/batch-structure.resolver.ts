import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { BatchStructure, readBatchStructure } from './batch-structure.js';

@Resolver()
export class BatchStructureResolver {
  @Query(() => BatchStructure, { description: "A district's batch against quota and structure rules (preliminary review)." })
  batchStructure(@Arg('campaign', () => ID) campaign: string, @Arg('organization', () => ID) organization: string, @Ctx() ctx: Context) {
    return readBatchStructure(ctx.em, ctx.viewer, campaign, organization);
  }
}
