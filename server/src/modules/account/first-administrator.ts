import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from './account.entity.js';
import { AccountKind } from './account.enums.js';
import { RoleGrant } from './role-grant.entity.js';
import { Role } from './role.js';
import { hashPassword } from './password.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';

export interface FirstAdministrator {
  username: string;
  displayName: string;
  password: string;
}

/** Why the first administrator cannot be created, in words for the person at the console. */
export class FirstAdministratorError extends Error {}

/** At least this long: the first administrator's password guards the whole installation. */
export const ADMIN_PASSWORD_MIN = 12;

/**
 * Creates the installation's first administrator, holding ADMIN at the city federation (the root of
 * the imported tree). Refused once any administrator exists: later staff accounts are made in the
 * web pages by an administrator, where every grant is audited.
 */
export async function createFirstAdministrator(em: EntityManager, input: FirstAdministrator): Promise<Account> {
  const username = input.username.trim();
  if (!/^[A-Za-z0-9_.-]{3,60}$/.test(username)) throw new FirstAdministratorError('the username must be 3–60 letters, digits, "_", "." or "-"');
  if (!input.displayName.trim()) throw new FirstAdministratorError('the display name must not be empty');
  if (input.password.length < ADMIN_PASSWORD_MIN || new Set(input.password).size < 6) {
    throw new FirstAdministratorError(`the password must have at least ${ADMIN_PASSWORD_MIN} characters, not mostly the same ones`);
  }
  return em.transactional(async (tx) => {
    // One administrator even when two consoles run this at once.
    await tx.execute(`select pg_advisory_xact_lock(hashtextextended('laomo:first-administrator', 0))`);
    if (await tx.count(RoleGrant, { role: Role.ADMIN })) {
      throw new FirstAdministratorError('an administrator exists already; create further staff accounts in the web pages');
    }
    if (await tx.count(Account, { username })) throw new FirstAdministratorError(`the username "${username}" is taken`);
    const roots = await tx.find(Organization, { kind: OrganizationKind.CITY_FEDERATION, parent: null });
    if (roots.length !== 1) {
      throw new FirstAdministratorError(roots.length
        ? 'the database holds more than one city federation; cannot tell where the administrator belongs'
        : 'import the organization tree first (organizations:import): the administrator belongs to its city federation');
    }
    const account = tx.create(Account, { username, displayName: input.displayName.trim(), kind: AccountKind.STAFF, passwordHash: await hashPassword(input.password) });
    tx.create(RoleGrant, { account, role: Role.ADMIN, organization: roots[0] });
    return account;
  });
}
