import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, paginate } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { groupedCountLoader } from '../../common/request-loader.js';
import type { Context } from '../../context.js';
import { publicCache } from '../../common/http-cache.js';
import { Studio } from './studio.entity.js';
import { StudioMember, StudioProject, StudioResult } from './studio-parts.entity.js';
import { StudioField, StudioIndustry, StudioLevel, StudioSort, StudioStatus } from './studio.enums.js';
import { STUDIO_LEVEL_RULES, StudioLevelRule } from './studio-level-rules.js';
import { STUDIO_WORKFLOW, StudioAction, actorsFor, studioActionOptions } from './studio.workflow.js';
import { presentOptions } from '../../common/workflow/action-option.type.js';
import { mayManageStudio, maySeeStudio } from './studio.access.js';
import { searchStudios } from './studio.search.js';
import { certificationOf } from './studio-certification.view.js';
import {
  StudioActionOption, StudioCertification, StudioConnection, StudioListing, StudioMemberConnection, StudioProjectConnection, StudioResultConnection,
} from './studio.types.js';
import { NIL_UUID } from '../../common/queries.js';
import { ledStudios, studiosInScope } from './studio.queries.js';

async function visibleStudio(ctx: Context, id: string): Promise<Studio | null> {
  const studio = await ctx.em.findOne(Studio, id);
  return studio && (await maySeeStudio(ctx.viewer, studio)) ? studio : null;
}

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const studioNodes: NodeLoaders = {
  Studio: visibleStudio,
};

/** Studios: the public list and page (public fields only), the lead's own studios and the staff's list. */
@Resolver(() => Studio)
export class StudioResolver {
  @Query(() => StudioListing, { description: 'Certified studios, searched by name or result title and filtered; with facet counts.' })
  async studios(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('level', () => StudioLevel, { nullable: true }) level?: StudioLevel,
    @Arg('district', () => ID, { nullable: true, description: 'A district, industry or bureau union.' }) district?: string,
    @Arg('industry', () => StudioIndustry, { nullable: true }) industry?: StudioIndustry,
    @Arg('field', () => StudioField, { nullable: true }) field?: StudioField,
    @Arg('sort', () => StudioSort, { defaultValue: StudioSort.NAME }) sort: StudioSort = StudioSort.NAME,
  ): Promise<StudioListing> {
    publicCache(ctx);
    const filter = { search, level, industry, field, district: district ? (idOf(district, 'Organization') ?? NIL_UUID) : null };
    return Object.assign(await searchStudios(ctx.em, filter, sort, page), { filter });
  }

  @Query(() => Studio, { nullable: true, description: 'A certified studio, or any studio its lead or the staff over it keep.' })
  studio(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    publicCache(ctx);
    return visibleStudio(ctx, idOf(id, 'Studio') ?? NIL_UUID);
  }

  @Query(() => [StudioLevelRule], { description: 'What each level requires for certification.' })
  studioLevelRules(): StudioLevelRule[] {
    return Object.values(STUDIO_LEVEL_RULES);
  }

  @Query(() => StudioConnection, { description: 'The studios the signed-in model worker leads, in any state.' })
  viewerStudios(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ledStudios(ctx.em, ctx.viewer, page);
  }

  @Query(() => StudioConnection, { description: 'Studios in the staff member’s organizations, for certification and review.' })
  staffStudios(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('status', () => StudioStatus, { nullable: true }) status?: StudioStatus,
    @Arg('level', () => StudioLevel, { nullable: true }) level?: StudioLevel,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ) {
    return studiosInScope(ctx.em, ctx.viewer, page, { status, level, search });
  }

  @FieldResolver(() => Organization)
  organization(@Root() studio: Studio) {
    return studio.organization.load();
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The district, industry or bureau union it belongs to.' })
  district(@Root() studio: Studio) {
    return studio.district ? studio.district.load() : null;
  }

  @FieldResolver(() => ModelWorker, { description: 'The leading model worker (public profile).' })
  leader(@Root() studio: Studio) {
    return studio.leader.load();
  }

  @FieldResolver(() => StudioMemberConnection, { description: 'The team: names and roles.' })
  members(@Root() studio: Studio, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return paginate(ctx.em, StudioMember, { studio }, page, { createdAt: 'asc' });
  }

  @FieldResolver(() => StudioProjectConnection, { description: 'Research projects, latest first.' })
  projects(@Root() studio: Studio, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return paginate(ctx.em, StudioProject, { studio }, page, { startsOn: 'desc' });
  }

  @FieldResolver(() => StudioResultConnection, { description: 'Results, latest first.' })
  results(@Root() studio: Studio, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return paginate(ctx.em, StudioResult, { studio }, page, { achievedOn: 'desc' });
  }

  @FieldResolver(() => Int, { description: 'How many results it has; the cards of a page ask it in one grouped count.' })
  resultCount(@Root() studio: Studio, @Ctx() ctx: Context): Promise<number> {
    return groupedCountLoader(ctx, 'studio_result', 'studio_id').load(studio.id);
  }

  @FieldResolver(() => [StudioAction], { description: 'Lifecycle steps the viewer may take now (see the transition table).' })
  async viewerActions(@Root() studio: Studio, @Ctx() ctx: Context) {
    return STUDIO_WORKFLOW.open(studio.status, await actorsFor(ctx.viewer, studio)).map((s) => s.action);
  }

  @FieldResolver(() => [StudioActionOption], { description: 'The same steps, each with whether it needs a reason and what already stands in its way.' })
  async viewerActionOptions(@Root() studio: Studio, @Ctx() ctx: Context) {
    return presentOptions(await studioActionOptions(ctx.em, ctx.viewer, studio, ctx.services.clock.now()), ctx.locale);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may keep its details, team, projects and results current.' })
  async viewerCanEdit(@Root() studio: Studio, @Ctx() ctx: Context): Promise<boolean> {
    return studio.status !== StudioStatus.REVOKED && (await mayManageStudio(ctx.viewer, studio));
  }

  @FieldResolver(() => StudioCertification, { nullable: true, description: 'Null unless the viewer leads the studio or is union staff over it.' })
  certification(@Root() studio: Studio, @Ctx() ctx: Context) {
    return certificationOf(ctx, studio);
  }
}
