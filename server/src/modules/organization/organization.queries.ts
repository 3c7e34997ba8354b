import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import { likeContaining, NIL_UUID } from '../../common/queries.js';
import { Organization } from './organization.entity.js';
import type { OrganizationKind } from './organization.enums.js';

export interface OrganizationFilter {
  /** The children of this organization. */
  parent?: string | null;
  kind?: OrganizationKind | null;
  /** Part of the name, anywhere in the tree. */
  search?: string | null;
}

/** Organizations under `filter` by name; without `parent`, `kind` and `search`, the roots of the tree. */
export function organizationsUnder(em: EntityManager, page: PageArgs, filter: OrganizationFilter) {
  const where: FilterQuery<Organization> = {};
  if (filter.parent) where.parent = idOf(filter.parent, 'Organization') ?? NIL_UUID;
  else if (!filter.search && !filter.kind) where.parent = null;
  if (filter.kind) where.kind = filter.kind;
  if (filter.search) where.name = { $ilike: likeContaining(filter.search) };
  return paginate(em, Organization, where, page, { name: 'asc' });
}
