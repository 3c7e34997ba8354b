import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import { Payload } from '../../common/errors/user-error.type.js';
import { Honor } from '../honor/honor.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { Context } from '../../context.js';
import { Campaign } from './campaign.entity.js';
import { CampaignQuota } from './campaign-quota.entity.js';
import { CampaignStatus } from './campaign.enums.js';
import { CampaignCreateInput, CampaignUpdateInput } from './campaign.inputs.js';
import { createCampaign, mayReadCampaign, updateCampaign } from './campaign.service.js';
import { may, Operation } from '../account/policy.js';
import { visibleCampaigns } from './campaign.queries.js';
import { payload } from '../../common/errors/payload.js';

const CampaignConnection = ConnectionType(Campaign);

@ObjectType()
class CampaignCreatePayload extends Payload {
  @Field(() => Campaign, { nullable: true }) campaign?: Campaign | null;
}

@ObjectType()
class CampaignUpdatePayload extends Payload {
  @Field(() => Campaign, { nullable: true }) campaign?: Campaign | null;
}

async function visibleCampaign(ctx: Context, id: string | null) {
  const campaign = id ? await ctx.em.findOne(Campaign, id, { populate: ['organizer'] }) : null;
  return campaign && mayReadCampaign(ctx.viewer, campaign) ? campaign : null;
}

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const campaignNodes: NodeLoaders = {
  Campaign: (ctx, id) => visibleCampaign(ctx, id),
};

/** Campaigns are public once opened; drafts only for those who run them. */
@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => Campaign, { nullable: true })
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return visibleCampaign(ctx, idOf(id, 'Campaign'));
  }

  @Query(() => CampaignConnection, { description: 'Newest first; drafts only for staff who may run them.' })
  campaigns(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('status', () => CampaignStatus, { nullable: true }) status?: CampaignStatus) {
    return visibleCampaigns(ctx.em, ctx.viewer, page, status);
  }

  @FieldResolver(() => Organization)
  organizer(@Root() campaign: Campaign) {
    return campaign.organizer.loadOrFail();
  }

  @FieldResolver(() => [Honor])
  async honors(@Root() campaign: Campaign) {
    return (await campaign.honors.load()).getItems();
  }

  @FieldResolver(() => [CampaignQuota], { description: 'Seats per district, industry or system union.' })
  quotas(@Root() campaign: Campaign, @Ctx() ctx: Context) {
    return ctx.em.find(CampaignQuota, { campaign }, { populate: ['organization'], orderBy: { organization: { name: 'asc' } } });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit this campaign.' })
  async viewerCanManage(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<boolean> {
    return may(ctx.viewer, Operation.CAMPAIGN_ORGANIZE, await campaign.organizer.loadOrFail());
  }

  @Mutation(() => CampaignCreatePayload)
  async campaignCreate(@Arg('input') input: CampaignCreateInput, @Ctx() ctx: Context): Promise<CampaignCreatePayload> {
    return payload({ campaign: await createCampaign(ctx.em, ctx.viewer, input) });
  }

  @Mutation(() => CampaignUpdatePayload)
  async campaignUpdate(@Arg('input') input: CampaignUpdateInput, @Ctx() ctx: Context): Promise<CampaignUpdatePayload> {
    return payload({ campaign: await updateCampaign(ctx.em, ctx.viewer, input) });
  }
}

@Resolver(() => CampaignQuota)
export class CampaignQuotaResolver {
  @FieldResolver(() => Organization)
  organization(@Root() quota: CampaignQuota) {
    return quota.organization.loadOrFail();
  }
}
