import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from './account.entity.js';
import { AccountKind } from './account.enums.js';
import { RoleGrant } from './role-grant.entity.js';
import { clearSignInGuard, recordSignInFailure, reserveSignInAttempt } from './sign-in-guard.js';
import { Role } from './role.js';
import { hashPassword, unknownAccountHash, verifyPassword } from './password.js';
import { requireStrongPassword } from './password-strength.js';
import { consumeVerificationCode } from './verification.service.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { flushRefusingDuplicates } from '../../common/unique-index.js';
import { CommonError, AuthError, AccountError, OrganizationError } from '../../common/errors/catalogue.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { idOf } from '../../common/relay/global-id.js';
import type { ViewerState } from './viewer-state.js';
import type { Services } from '../../services.js';
import type { AccountRegisterInput, RoleGrantInput, StaffAccountCreateInput } from './account.inputs.js';
import { may, Operation, requireMay } from './policy.js';


export async function registerPublicAccount(em: EntityManager, services: Services, input: AccountRegisterInput): Promise<Account> {
  if (!input.acceptTerms) throw new UserInputError(AccountError.TermsRequired, ['acceptTerms']);
  if (await em.count(Account, { phone: input.phone })) throw new UserInputError(AccountError.PhoneTaken, ['phone']);
  requireStrongPassword(input.password, [input.phone, input.displayName], ['password']);
  await consumeVerificationCode(em, services, input.phone, 'REGISTER', input.code);
  const account = em.create(Account, {
    kind: AccountKind.PUBLIC,
    phone: input.phone,
    displayName: input.displayName.trim(),
    passwordHash: await hashPassword(input.password),
  });
  em.create(RoleGrant, { account, role: Role.PUBLIC, organization: null });
  await em.flush();
  return account;
}

/**
 * Signs in by phone or username. Attempts count per account, whichever of its names was typed (and per
 * unknown login name, so the answer never tells whether an account exists), never per address: a
 * burst of guesses from one office must not lock everyone else in it out.
 */
export async function authenticate(em: EntityManager, services: Services, login: string, password: string) {
  const account = await em.findOne(Account, { $or: [{ phone: login }, { username: login.toLowerCase() }] });
  const key = account ? `account:${account.id}` : `login:${login.toLowerCase()}`;
  const now = services.wallClock.now();
  const attempt = await reserveSignInAttempt(em, key, now);
  const ok = await verifyPassword(account?.passwordHash ?? (await unknownAccountHash()), password);
  if (!account || !ok) {
    await recordSignInFailure(em, key, attempt, now);
    throw new UserInputError(AuthError.BadCredentials, ['password']);
  }
  if (account.disabled) throw new UserInputError(AuthError.AccountDisabled);
  await clearSignInGuard(em, key);
  return account;
}

/** The organization kinds each role may be granted at. */
const ROLE_ORGANIZATION_KINDS: Record<Role, OrganizationKind[] | null> = {
  ADMIN: [OrganizationKind.CITY_FEDERATION],
  CITY_STAFF: [OrganizationKind.CITY_FEDERATION],
  DISTRICT_STAFF: [OrganizationKind.DISTRICT_UNION, OrganizationKind.INDUSTRY_UNION, OrganizationKind.BUREAU_UNION],
  UNIT_STAFF: [OrganizationKind.GRASSROOTS_UNION],
  HANDLER: [OrganizationKind.DEPARTMENT, OrganizationKind.CITY_FEDERATION, OrganizationKind.DISTRICT_UNION],
  EMPLOYEE: [OrganizationKind.GRASSROOTS_UNION],
  MODEL_WORKER: [OrganizationKind.GRASSROOTS_UNION],
  PUBLIC: null,
};

async function grantTarget(em: EntityManager, viewer: ViewerState, grant: RoleGrantInput, index: number) {
  const field = ['roleGrants', String(index), 'organization'];
  const kinds = ROLE_ORGANIZATION_KINDS[grant.role];
  if (kinds === null) return null;
  const id = grant.organization ? idOf(grant.organization, 'Organization') : null;
  if (!id) throw new UserInputError(AccountError.RoleNeedsOrganization, field);
  const org = await em.findOne(Organization, id);
  if (!org) throw new UserInputError(CommonError.NotFound, field);
  if (!kinds.includes(org.kind)) throw new UserInputError(OrganizationError.ParentKind, field);
  // Staff grant roles only inside their own subtree; only administrators make administrators.
  if (!may(viewer, Operation.ACCOUNT_CREATE, org) || (grant.role === Role.ADMIN && !may(viewer, Operation.ADMINISTRATOR_GRANT))) {
    throw new UserInputError(AccountError.RoleOutOfScope, field);
  }
  return org;
}

export async function createStaffAccount(em: EntityManager, viewer: ViewerState, input: StaffAccountCreateInput) {
  requireMay(viewer, Operation.ACCOUNT_CREATE);
  const username = input.username.toLowerCase();
  if (await em.count(Account, { username })) throw new UserInputError(AccountError.UsernameTaken, ['username']);
  if (input.phone && (await em.count(Account, { phone: input.phone }))) throw new UserInputError(AccountError.PhoneTaken, ['phone']);
  requireStrongPassword(input.password, [username, input.phone, input.displayName], ['password']);
  // One at a time: this runs in the mutation's transaction, whose one connection takes a statement at a time.
  const targets: Awaited<ReturnType<typeof grantTarget>>[] = [];
  for (const [i, g] of input.roleGrants.entries()) targets.push(await grantTarget(em, viewer, g, i));
  const account = em.create(Account, {
    kind: AccountKind.STAFF,
    // The creator chose this password; the person sets their own at first sign-in.
    mustChangePassword: true,
    username,
    phone: input.phone ?? null,
    displayName: input.displayName.trim(),
    passwordHash: await hashPassword(input.password),
  });
  // A role listed twice at one organization is one grant.
  const granted = new Set<string>();
  input.roleGrants.forEach((g, i) => {
    const key = `${g.role}@${targets[i]?.id ?? ''}`;
    if (!granted.has(key)) em.create(RoleGrant, { account, role: g.role, organization: targets[i] });
    granted.add(key);
  });
  // Made twice at once (a double click): both counted no such name or phone; the index lets one through.
  await flushRefusingDuplicates(em, {
    account_username_unique: () => new UserInputError(AccountError.UsernameTaken, ['username']),
    account_phone_unique: () => new UserInputError(AccountError.PhoneTaken, ['phone']),
  });
  return account;
}

/**
 * Who may see an account: the person themself, and those who may read accounts at one of its grants'
 * organizations. Public accounts (no organization) are visible only where reading reaches anywhere.
 */
export async function canSeeAccount(em: EntityManager, viewer: ViewerState, account: Account): Promise<boolean> {
  if (!viewer.account) return false;
  if (viewer.account.id === account.id || may(viewer, Operation.ACCOUNT_READ, null)) return true;
  if (!may(viewer, Operation.ACCOUNT_READ)) return false;
  const grants = await account.roleGrants.load({ populate: ['organization'] });
  return grants.getItems().some((g) => g.organization && may(viewer, Operation.ACCOUNT_READ, g.organization.getEntity()));
}
