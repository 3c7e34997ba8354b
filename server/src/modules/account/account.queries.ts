import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import { likeContaining, NIL_UUID } from '../../common/queries.js';
import { Account } from './account.entity.js';
import { Operation, scopeFilter } from './policy.js';
import type { ViewerState } from './viewer-state.js';

export interface AccountFilter {
  /** Accounts holding a role at this organization. */
  organization?: string | null;
  /** Part of the display name or the username. */
  search?: string | null;
}

/** Accounts holding a role in the viewer's organizations (staff only), newest first. */
export function accountsInScope(em: EntityManager, viewer: ViewerState, page: PageArgs, filter: AccountFilter) {
  const where: FilterQuery<Account>[] = [
    scopeFilter<Account>(viewer, Operation.ACCOUNT_READ, (like) => ({ roleGrants: { organization: { path: like } } })),
  ];
  if (filter.organization) where.push({ roleGrants: { organization: idOf(filter.organization, 'Organization') ?? NIL_UUID } });
  if (filter.search) {
    const pattern = likeContaining(filter.search);
    where.push({ $or: [{ displayName: { $ilike: pattern } }, { username: { $ilike: pattern } }] });
  }
  return paginate(em, Account, { $and: where }, page, { createdAt: 'desc' });
}
