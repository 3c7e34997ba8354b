import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import { likeContaining } from '../../common/queries.js';
import { Operation, scopeFilter } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Studio } from './studio.entity.js';
import type { StudioLevel, StudioStatus } from './studio.enums.js';

export interface StaffStudioFilter {
  status?: StudioStatus | null;
  level?: StudioLevel | null;
  /** Part of the studio's name. */
  search?: string | null;
}

/** Studios in the staff member's organizations, in any state, last changed first. */
export function studiosInScope(em: EntityManager, viewer: ViewerState, page: PageArgs, filter: StaffStudioFilter) {
  const where: FilterQuery<Studio>[] = [scopeFilter<Studio>(viewer, Operation.STUDIO_STAFF_READ, (like) => ({ organization: { path: like } }))];
  if (filter.status) where.push({ status: filter.status });
  if (filter.level) where.push({ level: filter.level });
  if (filter.search) where.push({ name: { $ilike: likeContaining(filter.search) } });
  return paginate(em, Studio, { $and: where }, page, { updatedAt: 'desc' });
}

/** The studios the signed-in model worker leads, in any state, newest first. */
export function ledStudios(em: EntityManager, viewer: ViewerState, page: PageArgs) {
  const account = viewer.requireAccount();
  return paginate(em, Studio, { leader: { account } }, page, { createdAt: 'desc' });
}
