import { AccessError } from '../../common/errors/user-input-error.js';
import { AuthError } from '../../common/errors/catalogue.js';
import { Role, STAFF_ROLES } from './role.js';
import type { Account } from './account.entity.js';

export interface Grant {
  role: Role;
  organizationId: string | null;
  /** Materialized path of the grant's organization; null for PUBLIC. */
  path: string | null;
}

/**
 * Who is asking, resolved once per request: the account and its grants. What they may do where is
 * decided by the policy table (policy.ts), which reads these grants.
 */
export class ViewerState {
  constructor(readonly account: Account | null, readonly grants: Grant[]) {}

  static anonymous(): ViewerState {
    return new ViewerState(null, []);
  }

  get isSignedIn(): boolean {
    return this.account !== null;
  }

  get isStaff(): boolean {
    return this.grants.some((g) => STAFF_ROLES.has(g.role));
  }

  /** The signed-in account; one that must still set its own password may do nothing else yet. */
  requireAccount(): Account {
    if (!this.account) throw new AccessError(AuthError.Required);
    if (this.account.mustChangePassword) throw new AccessError(AuthError.PasswordChangeRequired);
    return this.account;
  }

  hasRole(role: Role): boolean {
    return this.grants.some((g) => g.role === role);
  }
}
