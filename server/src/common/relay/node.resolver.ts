import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { BaseEntity } from '../base.entity.js';
import { fromGlobalId } from './global-id.js';
import { nodeLoader } from './node-registry.js';
import type { Context } from '../../context.js';

@Resolver()
export class NodeResolver {
  @Query(() => BaseEntity, { nullable: true, description: 'Any object by global id, when the viewer may see it.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const parsed = fromGlobalId(id);
    const load = parsed && nodeLoader(parsed.type);
    return load ? load(ctx, parsed.id) : null;
  }
}
