import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Notice } from './notice.entity.js';
import { NoticeEntry } from './notice-entry.entity.js';
import { NoticeStage } from './notice.enums.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { ConnectionType, PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import {
  NoticePhase, noticeOfEntry, noticePhase, remainingWorkingDays, requestCalendar,
} from './public-notice.js';
import { publicCache } from '../../common/http-cache.js';
import type { Context } from '../../context.js';
import { NoticePeriodFilter, publicEntryPage, publicNotice, publicNoticeEntry, publicNotices } from './notice.queries.js';

export const NoticeConnection = ConnectionType(Notice);
export const NoticeEntryConnection = ConnectionType(NoticeEntry);

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const noticeNodes: NodeLoaders = {
  Notice: (ctx, id) => publicNotice(ctx.em, ctx.services.clock.now(), id, false),
  NoticeEntry: (ctx, id) => publicNoticeEntry(ctx.em, ctx.services.clock.now(), id),
};

/**
 * Public reading of notices (公示): anyone, signed in or not. Lists are Relay connections; per-entry
 * figures come from request DataLoaders so a page of 500 entries costs the same statements as 10.
 */
@Resolver(() => Notice)
export class NoticePublicResolver {
  @Query(() => NoticeConnection, { description: 'Published notices, newest period first; `organization` includes the organizations below it.' })
  notices(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('period', () => NoticePeriodFilter, { defaultValue: NoticePeriodFilter.ALL }) period: NoticePeriodFilter,
    @Arg('campaign', () => ID, { nullable: true }) campaign?: string,
    @Arg('stage', () => NoticeStage, { nullable: true }) stage?: NoticeStage,
    @Arg('organization', () => ID, { nullable: true }) organization?: string,
  ) {
    publicCache(ctx);
    return publicNotices(ctx.em, ctx.services.clock.now(), page, { period, campaign, stage, organization });
  }

  @Query(() => Notice, { nullable: true })
  notice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    publicCache(ctx);
    return publicNotice(ctx.em, ctx.services.clock.now(), idOf(id, 'Notice'), true);
  }

  @Query(() => NoticeEntry, { nullable: true, description: 'A candidate’s public profile as published, only where they consented.' })
  noticeEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    publicCache(ctx);
    return publicNoticeEntry(ctx.em, ctx.services.clock.now(), idOf(id, 'NoticeEntry'));
  }

  @FieldResolver(() => Campaign)
  campaign(@Root() notice: Notice) {
    return notice.campaign.load();
  }

  @FieldResolver(() => Organization)
  organization(@Root() notice: Notice) {
    return notice.organization.load();
  }

  @FieldResolver(() => NoticeEntryConnection, { description: 'The candidates in published order.' })
  entries(@Root() notice: Notice, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return publicEntryPage(ctx.em, notice, page);
  }

  @FieldResolver(() => NoticePhase)
  phase(@Root() notice: Notice, @Ctx() ctx: Context): NoticePhase {
    return noticePhase(notice, ctx.services.clock.now());
  }

  @FieldResolver(() => Int, { description: 'Working days left in the period, today included (the countdown).' })
  async remainingWorkingDays(@Root() notice: Notice, @Ctx() ctx: Context): Promise<number> {
    return remainingWorkingDays(notice, ctx.services.clock.now(), await requestCalendar(ctx));
  }
}

@Resolver(() => NoticeEntry)
export class NoticeEntryPublicResolver {
  @FieldResolver(() => Notice)
  notice(@Root() entry: NoticeEntry, @Ctx() ctx: Context) {
    return noticeOfEntry(ctx, entry);
  }
}
