import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError, CampaignError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { givenFields } from '../../common/update-input.js';
import { audit } from '../audit/audit.service.js';
import { Honor } from '../honor/honor.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Campaign } from './campaign.entity.js';
import { CampaignQuota } from './campaign-quota.entity.js';
import { CampaignStatus } from './campaign.enums.js';
import type { CampaignCreateInput, CampaignQuotaInput, CampaignUpdateInput } from './campaign.inputs.js';
import { may, Operation, requireMay } from '../account/policy.js';
import { NIL_UUID } from '../../common/queries.js';

export async function findCampaign(em: EntityManager, globalId: string, field: string[]): Promise<Campaign> {
  const campaign = await em.findOne(Campaign, idOf(globalId, 'Campaign') ?? NIL_UUID, { populate: ['organizer'] });
  if (!campaign) throw new UserInputError(CommonError.NotFound, field);
  return campaign;
}

/** A draft is seen only by those who may run it; every other campaign is public. */
export function mayReadCampaign(viewer: ViewerState, campaign: Campaign): boolean {
  return campaign.status !== CampaignStatus.DRAFT || may(viewer, Operation.CAMPAIGN_ORGANIZE, campaign.organizer.getEntity());
}

/** The settings a change may carry: creation gives all of them, an update only those it names. */
type CampaignChange = Omit<CampaignUpdateInput, 'campaign' | 'status'>;

/** Settings copied as given; the others below are normalized or checked first. */
const PLAIN_SETTINGS = [
  'year', 'nominationOpensOn', 'nominationClosesOn', 'conferOn', 'unitNoticeWorkingDays', 'districtNoticeWorkingDays', 'cityNoticeWorkingDays',
  'objectionIdentity', 'votingEnabled', 'votingOpensAt', 'votingClosesAt', 'votesPerAccount', 'voteTallyVisibility',
] as const;

/** Applies what the change names (absent = unchanged; a given list replaces the stored one), then checks the result as a whole. */
async function applySettings(em: EntityManager, campaign: Campaign, input: CampaignChange, organizer: Organization) {
  Object.assign(campaign, givenFields(input, PLAIN_SETTINGS));
  if (input.name !== undefined) campaign.name = input.name.trim();
  if (input.description !== undefined) campaign.description = input.description?.trim() || null;
  if (campaign.nominationClosesOn < campaign.nominationOpensOn) throw new UserInputError(CampaignError.WindowOrder, ['nominationClosesOn']);
  if (campaign.votingEnabled && (!campaign.votingOpensAt || !campaign.votingClosesAt || campaign.votingClosesAt <= campaign.votingOpensAt)) {
    throw new UserInputError(CampaignError.VotingWindow, ['votingClosesAt']);
  }
  if (input.honors) {
    const honorIds = input.honors.map((g, i) => idOf(g, 'Honor') ?? (() => { throw new UserInputError(CommonError.NotFound, ['honors', String(i)]); })());
    const honors = await em.find(Honor, { id: { $in: honorIds } });
    if (honors.length !== new Set(honorIds).size) throw new UserInputError(CommonError.NotFound, ['honors']);
    campaign.honors.set(honors);
  }
  if (input.structureRules) {
    const seen = new Set<string>();
    input.structureRules.forEach((r, i) => {
      const key = `${r.dimension}/${r.bound}`;
      if (seen.has(key)) throw new UserInputError(CampaignError.DuplicateRule, ['structureRules', String(i)]);
      seen.add(key);
    });
    campaign.structureRules = input.structureRules.map((r) => ({ ...r }));
  }
  if (input.quotas) await replaceQuotas(em, campaign, input.quotas, organizer);
}

async function replaceQuotas(em: EntityManager, campaign: Campaign, quotas: CampaignQuotaInput[], organizer: Organization) {
  // One at a time: this runs in the mutation's transaction, whose one connection takes a statement at a time.
  const quotaOrgs: Organization[] = [];
  for (const [i, q] of quotas.entries()) {
    const org = await em.findOne(Organization, idOf(q.organization, 'Organization') ?? NIL_UUID);
    if (!org || org.id === organizer.id || !organizer.contains(org)) throw new UserInputError(CampaignError.QuotaOrganization, ['quotas', String(i), 'organization']);
    if (quotaOrgs.some((o) => o.id === org.id)) throw new UserInputError(CampaignError.DuplicateQuota, ['quotas', String(i), 'organization']);
    quotaOrgs.push(org);
  }
  const existing = campaign.quotas.isInitialized() ? campaign.quotas.getItems() : (await campaign.quotas.load()).getItems();
  for (const quota of existing) em.remove(quota);
  quotas.forEach((q, i) => em.create(CampaignQuota, { campaign, organization: quotaOrgs[i], seats: q.seats }));
}

export async function createCampaign(em: EntityManager, viewer: ViewerState, input: CampaignCreateInput): Promise<Campaign> {
  const organizer = await em.findOne(Organization, idOf(input.organizer, 'Organization') ?? NIL_UUID);
  if (!organizer) throw new UserInputError(CommonError.NotFound, ['organizer']);
  requireMay(viewer, Operation.CAMPAIGN_ORGANIZE, organizer);
  const campaign = em.create(Campaign, { organizer, name: input.name, year: input.year, nominationOpensOn: input.nominationOpensOn, nominationClosesOn: input.nominationClosesOn });
  await applySettings(em, campaign, input, organizer);
  audit(em, viewer, { subject: campaign, action: 'campaign.create', to: campaign.status });
  await em.flush();
  return campaign;
}

export async function updateCampaign(em: EntityManager, viewer: ViewerState, input: CampaignUpdateInput): Promise<Campaign> {
  const campaign = await findCampaign(em, input.campaign, ['campaign']);
  const organizer = campaign.organizer.getEntity();
  requireMay(viewer, Operation.CAMPAIGN_ORGANIZE, organizer);
  const from = campaign.status;
  await applySettings(em, campaign, input, organizer);
  if (input.status !== undefined) campaign.status = input.status;
  audit(em, viewer, { subject: campaign, action: 'campaign.update', from, to: campaign.status });
  await em.flush();
  return campaign;
}
