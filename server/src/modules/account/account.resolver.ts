import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from './account.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { Viewer } from './viewer.type.js';
import { capabilitiesOf } from './capability.js';
import {
  AccountPasswordChangeInput, AccountPasswordResetInput, AccountRegisterInput, SessionCreateInput, SessionDeleteInput, SessionsEndOthersInput,
  StaffAccountCreateInput, VerificationCodeSendInput, VerificationPurpose,
} from './account.inputs.js';
import {
  AccountPasswordChangePayload, AccountPasswordResetPayload, AccountRegisterPayload, SessionCreatePayload, SessionDeletePayload,
  SessionsEndOthersPayload, StaffAccountCreatePayload, VerificationCodeSendPayload,
} from './account.payloads.js';
import { changePassword, endOtherSessions, resetPassword } from './account-password.service.js';
import { authenticate, canSeeAccount, createStaffAccount, registerPublicAccount } from './account.service.js';
import { sendVerificationCode } from './verification.service.js';
import { endSession, startSession, viewerOf } from './session.service.js';
import { ViewerState } from './viewer-state.js';
import { ConnectionType, PageArgs } from '../../common/relay/connection.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import { AccessError } from '../../common/errors/user-input-error.js';
import { AuthError } from '../../common/errors/catalogue.js';
import { Organization } from '../organization/organization.entity.js';
import type { Context } from '../../context.js';
import { payload } from '../../common/errors/payload.js';
import { accountsInScope } from './account.queries.js';

const AccountConnection = ConnectionType(Account);

async function viewerPayload(ctx: Context, state: ViewerState): Promise<Viewer> {
  const roleGrants = state.account ? await ctx.em.find(RoleGrant, { account: state.account }, { orderBy: { role: 'asc' } }) : [];
  return {
    account: state.account,
    roleGrants,
    isStaff: state.isStaff,
    capabilities: capabilitiesOf(state.grants.map((g) => g.role)),
    mustChangePassword: state.account?.mustChangePassword ?? false,
  };
}

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const accountNodes: NodeLoaders = {
  Account: async (ctx, id) => {
    const account = await ctx.em.findOne(Account, id);
    return account && (await canSeeAccount(ctx.em, ctx.viewer, account)) ? account : null;
  },
};

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
    return accountsInScope(ctx.em, ctx.viewer, page, { organization, search });
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
    // A reset code goes only to a phone with an account, but the answer is the same either way.
    const deliver = input.purpose !== VerificationPurpose.PASSWORD_RESET || (await ctx.em.count(Account, { phone: input.phone, disabled: false })) > 0;
    const retryAfterSeconds = await sendVerificationCode(ctx.em, ctx.services, {
      phone: input.phone, purpose: input.purpose, address: ctx.req.ip ?? 'unknown', deliver,
    });
    return payload({ sent: true, retryAfterSeconds });
  }

  @Mutation(() => AccountRegisterPayload)
  async accountRegister(@Arg('input') input: AccountRegisterInput, @Ctx() ctx: Context): Promise<AccountRegisterPayload> {
    const account = await registerPublicAccount(ctx.em, ctx.services, input);
    await startSession(ctx.em, ctx.res, account, ctx.services, ctx.locale);
    return payload({ viewer: await viewerPayload(ctx, await viewerOf(ctx.em, account)) });
  }

  @Mutation(() => SessionCreatePayload)
  async sessionCreate(@Arg('input') input: SessionCreateInput, @Ctx() ctx: Context): Promise<SessionCreatePayload> {
    const account = await authenticate(ctx.em, ctx.services, input.login.trim(), input.password);
    await startSession(ctx.em, ctx.res, account, ctx.services, ctx.locale);
    return payload({ viewer: await viewerPayload(ctx, await viewerOf(ctx.em, account)) });
  }

  @Mutation(() => SessionDeletePayload)
  async sessionDelete(@Arg('input') _input: SessionDeleteInput, @Ctx() ctx: Context): Promise<SessionDeletePayload> {
    await endSession(ctx.em, ctx.req, ctx.res);
    return payload({ viewer: await viewerPayload(ctx, ViewerState.anonymous()) });
  }

  @Mutation(() => AccountPasswordChangePayload, { description: 'Sets a new password and ends the account’s other sessions.' })
  async accountPasswordChange(@Arg('input') input: AccountPasswordChangeInput, @Ctx() ctx: Context): Promise<AccountPasswordChangePayload> {
    // Not requireAccount: an account that must change its password may do exactly this.
    const account = ctx.viewer.account;
    if (!account) throw new AccessError(AuthError.Required);
    const endedSessions = await changePassword(ctx.em, ctx.services, ctx.req, account, input);
    return payload({ viewer: await viewerPayload(ctx, await viewerOf(ctx.em, account)), endedSessions });
  }

  @Mutation(() => AccountPasswordResetPayload, { description: 'Sets a new password with a code sent by SMS (purpose PASSWORD_RESET), ends every session and signs in.' })
  async accountPasswordReset(@Arg('input') input: AccountPasswordResetInput, @Ctx() ctx: Context): Promise<AccountPasswordResetPayload> {
    const account = await resetPassword(ctx.em, ctx.services, input);
    await startSession(ctx.em, ctx.res, account, ctx.services, ctx.locale);
    return payload({ viewer: await viewerPayload(ctx, await viewerOf(ctx.em, account)) });
  }

  @Mutation(() => SessionsEndOthersPayload, { description: 'Signs the account out everywhere but here.' })
  async sessionsEndOthers(@Arg('input') _input: SessionsEndOthersInput, @Ctx() ctx: Context): Promise<SessionsEndOthersPayload> {
    return payload({ endedSessions: await endOtherSessions(ctx.em, ctx.req, ctx.viewer.requireAccount()) });
  }

  @Mutation(() => StaffAccountCreatePayload)
  async staffAccountCreate(@Arg('input') input: StaffAccountCreateInput, @Ctx() ctx: Context): Promise<StaffAccountCreatePayload> {
    return payload({ account: await createStaffAccount(ctx.em, ctx.viewer, input) });
  }
}

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => Organization, { nullable: true })
  async organization(@Root() grant: RoleGrant): Promise<Organization | null> {
    return grant.organization ? grant.organization.load() : null;
  }
}
