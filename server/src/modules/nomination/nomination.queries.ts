import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import { likeContaining, NIL_UUID } from '../../common/queries.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Nomination } from './nomination.entity.js';
import type { NominationState } from './nomination.enums.js';
import { personalScope, staffScope } from './nomination.access.js';
import { readyForNotice } from './nomination.workflow.js';
import type { NoticeStage } from '../campaign/campaign.enums.js';

/** What staff may narrow their files by; every part is optional. */
export interface StaffFileFilter {
  campaign?: string | null;
  states?: NominationState[] | null;
  /** A grassroots union, or a union whose direct children are the candidates' units. */
  organization?: string | null;
  /** Part of the candidate's name. */
  search?: string | null;
  /** Only files a notice of this stage may list now (by the transition table). */
  readyForNotice?: NoticeStage | null;
}

/** The files the viewer works on as staff (within their scope) under `filter`, oldest first. */
export function staffFiles(em: EntityManager, viewer: ViewerState, page: PageArgs, filter: StaffFileFilter) {
  viewer.requireAccount();
  const where: FilterQuery<Nomination>[] = [staffScope(viewer)];
  if (filter.campaign) where.push({ campaign: idOf(filter.campaign, 'Campaign') ?? NIL_UUID });
  if (filter.states?.length) where.push({ state: { $in: filter.states } });
  if (filter.organization) {
    const organization = idOf(filter.organization, 'Organization') ?? NIL_UUID;
    where.push({ unit: { $or: [{ id: organization }, { parent: organization }] } });
  }
  if (filter.readyForNotice) where.push({ state: { $in: [...readyForNotice(filter.readyForNotice)] } });
  if (filter.search) where.push({ candidateName: { $ilike: likeContaining(filter.search) } });
  return paginate(em, Nomination, { $and: where }, page, { createdAt: 'asc' }, { populate: ['unit'] });
}

/** The files the viewer proposed or that name them as candidate, newest first. */
export function personalFiles(em: EntityManager, viewer: ViewerState, page: PageArgs) {
  const account = viewer.requireAccount();
  return paginate(em, Nomination, personalScope(account), page, { createdAt: 'desc' }, { populate: ['unit'] });
}
