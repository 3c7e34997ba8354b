import { payload } from '../../common/errors/payload.js';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import { may, Operation } from '../account/policy.js';
import type { Context } from '../../context.js';
import { OrganizationCreateInput, OrganizationUpdateInput } from './organization.inputs.js';
import { OrganizationCreatePayload, OrganizationUpdatePayload } from './organization.payloads.js';
import { createOrganization, updateOrganization } from './organization-management.service.js';

/** What staff may change in the tree; reading it is public (organization/organization.resolver.ts). */
@Resolver(() => Organization)
export class OrganizationManagementResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit this organization and create ones below it.' })
  viewerCanManage(@Root() org: Organization, @Ctx() ctx: Context): boolean {
    return may(ctx.viewer, Operation.ORGANIZATION_MANAGE, org);
  }

  @Mutation(() => OrganizationCreatePayload)
  async organizationCreate(@Arg('input') input: OrganizationCreateInput, @Ctx() ctx: Context): Promise<OrganizationCreatePayload> {
    return payload({ organization: await createOrganization(ctx.em, ctx.viewer, input) });
  }

  @Mutation(() => OrganizationUpdatePayload)
  async organizationUpdate(@Arg('input') input: OrganizationUpdateInput, @Ctx() ctx: Context): Promise<OrganizationUpdatePayload> {
    return payload({ organization: await updateOrganization(ctx.em, ctx.viewer, input) });
  }
}
