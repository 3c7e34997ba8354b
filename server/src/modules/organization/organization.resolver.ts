import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Organization } from './organization.entity.js';
import { OrganizationKind } from './organization.enums.js';
import { ConnectionType, PageArgs, paginate } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import type { Context } from '../../context.js';
import { NIL_UUID } from '../../common/queries.js';
import { organizationsUnder } from './organization.queries.js';

export const OrganizationConnection = ConnectionType(Organization);

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const organizationNodes: NodeLoaders = {
  Organization: (ctx, id) => ctx.em.findOne(Organization, id),
};

/** The organization tree is public: notices name employers and listings filter by district. */
@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Organization, idOf(id, 'Organization') ?? NIL_UUID);
  }

  @Query(() => OrganizationConnection, { description: 'Without `parent` and `search`, the roots of the tree.' })
  organizations(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('parent', () => ID, { nullable: true }) parent?: string,
    @Arg('kind', () => OrganizationKind, { nullable: true }) kind?: OrganizationKind,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ) {
    return organizationsUnder(ctx.em, page, { parent, kind, search });
  }

  @FieldResolver(() => Organization, { nullable: true })
  parent(@Root() org: Organization) {
    return org.parent ? org.parent.load() : null;
  }

  @FieldResolver(() => OrganizationConnection)
  children(@Root() org: Organization, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return paginate(ctx.em, Organization, { parent: org }, page, { name: 'asc' });
  }

  @FieldResolver(() => [Organization], { description: 'From the root down to this organization.' })
  async ancestry(@Root() org: Organization, @Ctx() ctx: Context) {
    const ids = org.path.split('/').filter(Boolean);
    const found = await ctx.em.find(Organization, { id: { $in: ids } });
    return ids.map((id) => found.find((o) => o.id === id)).filter(Boolean);
  }
}
