import { ObjectType, Field, Int, Float } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../organization/organization.entity.js';
import { Gender } from '../registry/registry.enums.js';
import { Nomination } from './nomination.entity.js';
import { IN_BATCH_STATES } from './nomination.states.js';
import { CampaignQuota } from '../campaign/campaign-quota.entity.js';
import { StructureBound, StructureDimension } from '../campaign/campaign.enums.js';
import type { Campaign } from '../campaign/campaign.entity.js';
import type { StructureRule } from '../campaign/structure-rule.js';
import { findCampaign } from '../campaign/campaign.service.js';
import { Operation, requireMay } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';

/** Which files a dimension counts. */
const COUNTS: Record<StructureDimension, (n: Nomination) => boolean> = {
  FRONT_LINE: (n) => n.frontLine,
  TECHNICAL: (n) => n.technical,
  WOMEN: (n) => n.gender === Gender.FEMALE,
  YOUTH: (n) => n.youth,
  MINORITY: (n) => n.minority,
  GRASSROOTS: (n) => n.grassroots,
  ENTERPRISE_HEAD: (n) => n.enterpriseHead,
  CADRE: (n) => n.cadre,
  NON_PARTY: (n) => n.nonParty,
};

@ObjectType({ description: "A structure rule against the batch's actual share." })
export class StructureRuleCheck {
  @Field(() => StructureDimension) dimension!: StructureDimension;
  @Field(() => StructureBound) bound!: StructureBound;
  @Field(() => Int) percent!: number;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'Actual share in percent, one decimal.' }) share!: number;
  @Field() satisfied!: boolean;
}

@ObjectType({ description: "A district's (or system's) batch of submitted files against its quota and the structure rules." })
export class BatchStructure {
  @Field(() => Organization) organization!: Organization;
  @Field(() => Int, { description: 'Files submitted to this organization and still in the process.' }) total!: number;
  @Field(() => Int, { nullable: true, description: 'Seats of the quota, when the campaign gives this organization one.' }) seats!: number | null;
  @Field(() => [StructureRuleCheck]) rules!: StructureRuleCheck[];
}

/**
 * A share meets a minimum when count/total ≥ percent, a maximum when count/total ≤ percent; integers
 * only, so the edge (exactly the percentage) is exact. An empty batch meets every rule.
 */
export function ruleSatisfied(bound: StructureBound, percent: number, count: number, total: number): boolean {
  if (total === 0) return true;
  return bound === StructureBound.MIN ? count * 100 >= percent * total : count * 100 <= percent * total;
}

/** Each rule against the files of a batch. */
export function checkRules(rules: StructureRule[], files: Nomination[]): StructureRuleCheck[] {
  const total = files.length;
  return rules.map((rule) => {
    const count = files.filter(COUNTS[rule.dimension]).length;
    return {
      dimension: rule.dimension, bound: rule.bound, percent: rule.percent, count,
      share: total ? Math.round((count * 1000) / total) / 10 : 0,
      satisfied: ruleSatisfied(rule.bound, rule.percent, count, total),
    };
  });
}

export async function batchStructure(em: EntityManager, campaign: Campaign, organization: Organization): Promise<BatchStructure> {
  const files = await em.find(Nomination, { campaign, state: { $in: IN_BATCH_STATES }, unit: { path: { $like: `${organization.path}%` } } });
  const quota = await em.findOne(CampaignQuota, { campaign, organization });
  return { organization, total: files.length, seats: quota?.seats ?? null, rules: checkRules(campaign.structureRules, files) };
}

/** The batch a district's preliminary review looks at, for staff who may read batches there. */
export async function readBatchStructure(em: EntityManager, viewer: ViewerState, campaignId: string, organizationId: string): Promise<BatchStructure> {
  const campaign = await findCampaign(em, campaignId, ['campaign']);
  const organization = await em.findOne(Organization, idOf(organizationId, 'Organization') ?? campaign.id);
  if (!organization) throw new UserInputError(CommonError.NotFound, ['organization']);
  requireMay(viewer, Operation.NOMINATION_BATCH_READ, organization);
  return batchStructure(em, campaign, organization);
}
