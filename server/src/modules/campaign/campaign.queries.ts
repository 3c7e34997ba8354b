import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { paginate, type PageArgs } from '../../common/relay/connection.js';
import { may, Operation, scopeFilter } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Campaign } from './campaign.entity.js';
import { CampaignStatus } from './campaign.enums.js';

/** Campaigns once opened, and drafts only for staff who may run them there; newest first. */
export function visibleCampaigns(em: EntityManager, viewer: ViewerState, page: PageArgs, status?: CampaignStatus | null) {
  const drafts: FilterQuery<Campaign>[] = may(viewer, Operation.CAMPAIGN_ORGANIZE)
    ? [{ $and: [{ status: CampaignStatus.DRAFT }, scopeFilter<Campaign>(viewer, Operation.CAMPAIGN_ORGANIZE, (like) => ({ organizer: { path: like } }))] }]
    : [];
  const where: FilterQuery<Campaign> = { $and: [
    { $or: [{ status: { $ne: CampaignStatus.DRAFT } }, ...drafts] },
    status ? { status } : {},
  ] };
  return paginate(em, Campaign, where, page, { year: 'desc', createdAt: 'desc' }, { populate: ['organizer'] });
}
