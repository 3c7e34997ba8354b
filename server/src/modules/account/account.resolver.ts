import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Account } from './account.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { Viewer } from './viewer.type.js';
import { capabilitiesOf } from './capability.js';
import { AccountRegisterInput, SessionCreateInput, SessionDeleteInput, StaffAccountCreateInput, VerificationCodeSendInput } from './account.inputs.js';
import { AccountRegisterPayload, SessionCreatePayload, SessionDeletePayload, StaffAccountCreatePayload, VerificationCodeSendPayload } from './account.payloads.js';
import { authenticate, canSeeAccount, createStaffAccount, registerPublicAccount } from './account.service.js';
import { sendVerificationCode } from './verification.service.js';
import { endSession, startSession, viewerOf } from './session.service.js';
import { ViewerState } from './viewer-state.js';
import { ConnectionType, PageArgs, paginate } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import { registerNode } from '../../common/relay/node-registry.js';
import { AccessError } from '../../common/errors/user-input-error.js';
import { ErrorCode } from '../../common/errors/codes.js';
import { Organization } from '../organization/organization.entity.js';
import type { Context } from '../../context.js';

const AccountConnection = ConnectionType(Account);

async function viewerPayload(ctx: Context, state: ViewerState): Promise<Viewer> {
  const roleGrants = state.account ? await ctx.em.find(RoleGrant, { account: state.account }, { orderBy: { role: 'asc' } }) : [];
  return {
    account: state.account,
    roleGrants,
    isStaff: state.isStaff,
    capabilities: capabilitiesOf(state.grants.map((g) => g.role)),
  };
}

registerNode('Account', async (ctx, id) => {
  const account = await ctx.em.findOne(Account, id);
  return account && (await canSeeAccount(ctx.em, ctx.viewer, account)) ? account : null;
});

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Viewer)
  viewer(@Ctx() ctx: Context): Promise<Viewer> {
    return viewerPayload(ctx, ctx.viewer);
  }

  @Query(() => AccountConnection, { description: 'Accounts holding a role in the viewer’s organizations; staff only.' })
  accounts(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('organization', () => ID, { nullable: true }) organization?: string,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ) {
    ctx.viewer.requireAccount();
    if (!ctx.viewer.isStaff) throw new AccessError(ErrorCode.Forbidden);
    const where: FilterQuery<Account>[] = [];
    if (!ctx.viewer.isAdmin) {
      where.push({ $or: ctx.viewer.scopePaths().map((p) => ({ roleGrants: { organization: { path: { $like: `${p}%` } } } })) });
    }
    if (organization) where.push({ roleGrants: { organization: idOf(organization, 'Organization') ?? '00000000-0000-0000-0000-000000000000' } });
    if (search) where.push({ $or: [{ displayName: { $ilike: `%${search}%` } }, { username: { $ilike: `%${search}%` } }] });
    return paginate(ctx.em, Account, { $and: where }, page, { createdAt: 'desc' });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Visible to the account itself and staff in scope.' })
  username(@Root() account: Account): string | null {
    return account.username ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked, e.g. 138****5678.' })
  phoneMasked(@Root() account: Account): string | null {
    return account.phone ? `${account.phone.slice(0, 3)}****${account.phone.slice(-4)}` : null;
  }

  @FieldResolver(() => [RoleGrant])
  async roleGrants(@Root() account: Account): Promise<RoleGrant[]> {
    return (await account.roleGrants.load()).getItems();
  }

  @Mutation(() => VerificationCodeSendPayload)
  async verificationCodeSend(@Arg('input') input: VerificationCodeSendInput, @Ctx() ctx: Context): Promise<VerificationCodeSendPayload> {
    const retryAfterSeconds = await sendVerificationCode(ctx.em, ctx.services, input.phone, input.purpose);
    return { sent: true, retryAfterSeconds, userErrors: [] };
  }

  @Mutation(() => AccountRegisterPayload)
  async accountRegister(@Arg('input') input: AccountRegisterInput, @Ctx() ctx: Context): Promise<AccountRegisterPayload> {
    const account = await registerPublicAccount(ctx.em, ctx.services, input);
    await startSession(ctx.em, ctx.res, account, ctx.services);
    return { viewer: await viewerPayload(ctx, await viewerOf(ctx.em, account)), userErrors: [] };
  }

  @Mutation(() => SessionCreatePayload)
  async sessionCreate(@Arg('input') input: SessionCreateInput, @Ctx() ctx: Context): Promise<SessionCreatePayload> {
    const account = await authenticate(ctx.em, ctx.services, input.login.trim(), input.password, ctx.req.ip ?? 'unknown');
    await startSession(ctx.em, ctx.res, account, ctx.services);
    return { viewer: await viewerPayload(ctx, await viewerOf(ctx.em, account)), userErrors: [] };
  }

  @Mutation(() => SessionDeletePayload)
  async sessionDelete(@Arg('input') _input: SessionDeleteInput, @Ctx() ctx: Context): Promise<SessionDeletePayload> {
    await endSession(ctx.em, ctx.req, ctx.res);
    return { viewer: await viewerPayload(ctx, ViewerState.anonymous()), userErrors: [] };
  }

  @Mutation(() => StaffAccountCreatePayload)
  async staffAccountCreate(@Arg('input') input: StaffAccountCreateInput, @Ctx() ctx: Context): Promise<StaffAccountCreatePayload> {
    return { account: await createStaffAccount(ctx.em, ctx.viewer, input), userErrors: [] };
  }
}

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => Organization, { nullable: true })
  async organization(@Root() grant: RoleGrant): Promise<Organization | null> {
    return grant.organization ? grant.organization.load() : null;
  }
}
