import { AccessError } from '../../common/errors/user-input-error.js';
import { ErrorCode } from '../../common/errors/codes.js';
import { Role, STAFF_ROLES } from './role.js';
import type { Account } from './account.entity.js';

export interface Grant {
  role: Role;
  organizationId: string | null;
  /** Materialized path of the grant's organization; null for PUBLIC. */
  path: string | null;
}

/**
 * Who is asking, resolved once per request. Every scope rule asks this object, so "within my
 * organization and below, never sideways" is written once.
 */
export class ViewerState {
  constructor(readonly account: Account | null, readonly grants: Grant[]) {}

  static anonymous(): ViewerState {
    return new ViewerState(null, []);
  }

  get isSignedIn(): boolean {
    return this.account !== null;
  }

  get isAdmin(): boolean {
    return this.grants.some((g) => g.role === Role.ADMIN);
  }

  get isStaff(): boolean {
    return this.grants.some((g) => STAFF_ROLES.has(g.role));
  }

  /** The signed-in account; one that must still set its own password may do nothing else yet. */
  requireAccount(): Account {
    if (!this.account) throw new AccessError(ErrorCode.AuthRequired);
    if (this.account.mustChangePassword) throw new AccessError(ErrorCode.PasswordChangeRequired);
    return this.account;
  }

  /** Throws unless an administrator (who keeps the system: organizations, honors, the calendar, the demo clock). */
  requireAdmin(): void {
    this.requireAccount();
    if (!this.isAdmin) throw new AccessError(ErrorCode.Forbidden);
  }

  hasRole(role: Role): boolean {
    return this.grants.some((g) => g.role === role);
  }

  /** Whether the viewer holds one of `roles` at `org` or above it. Administrators reach everything. */
  reaches(org: { path: string }, roles: Iterable<Role> = STAFF_ROLES): boolean {
    return this.isAdmin || this.holdsAt(org.path, roles);
  }

  /**
   * Whether one of the viewer's own grants of `roles` sits at the organization with `path` or above it,
   * without the administrator's reach: for steps only the office itself may take (a review, a notice).
   */
  holdsAt(path: string | null, roles: Iterable<Role>): boolean {
    const wanted = new Set(roles);
    return path !== null && this.grants.some((g) => wanted.has(g.role) && g.path !== null && path.startsWith(g.path));
  }

  /** Throws unless `reaches`; signed-out callers are told to sign in rather than refused. */
  requireReach(org: { path: string }, roles: Iterable<Role> = STAFF_ROLES): void {
    this.requireAccount();
    if (!this.reaches(org, roles)) throw new AccessError(ErrorCode.Forbidden);
  }

  /** Paths of the subtrees this viewer reaches with `roles`, for filtering lists in SQL. */
  scopePaths(roles: Iterable<Role> = STAFF_ROLES): string[] {
    const wanted = new Set(roles);
    return this.grants.filter((g) => wanted.has(g.role) && g.path !== null).map((g) => g.path as string);
  }
}
