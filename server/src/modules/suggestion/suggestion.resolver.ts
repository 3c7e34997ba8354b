import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Suggestion } from './suggestion.entity.js';
import { SuggestionAnswer } from './suggestion-answer.entity.js';
import { SuggestionCoSigner } from './suggestion-co-signer.entity.js';
import { CoSignStatus, SuggestionAction, SuggestionField, SuggestionState } from './suggestion.enums.js';
import { SuggestionActionOption, SuggestionConnection, SuggestionCoSignerConnection, SuggestionHandling, SuggestionYearStats } from './suggestion.types.js';
import { factsFor, isParty, isStaffParty } from './suggestion.access.js';
import { allowedActions, suggestionActionOptions } from './suggestion.workflow.js';
import { presentOptions } from '../../common/workflow/action-option.type.js';
import {
  modelWorkersNamed, mySuggestions, myCoSignRequests, publishedSuggestions, suggestionOverview, suggestionQueue, suggestionYearStats,
} from './suggestion.queries.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { ConnectionType, PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import type { Context } from '../../context.js';
import { publicCache } from '../../common/http-cache.js';

const CandidateConnection = ConnectionType(ModelWorker, 'SuggestionModelWorker');

/** A suggestion the viewer may see: a published one, or one they are a party to. */
async function visibleSuggestion(ctx: Context, id: string | null): Promise<Suggestion | null> {
  const s = id ? await ctx.em.findOne(Suggestion, id) : null;
  if (!s) return null;
  return s.publishedAt || isParty(await factsFor(ctx, s)) ? s : null;
}

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const suggestionNodes: NodeLoaders = {
  Suggestion: (ctx, id) => visibleSuggestion(ctx, id),
};

/** Public reading of published suggestions; the handling file is behind `handling`. */
@Resolver(() => Suggestion)
export class SuggestionResolver {
  @Query(() => Suggestion, { nullable: true, description: 'A published suggestion, or one the viewer is a party to.' })
  suggestion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    publicCache(ctx);
    return visibleSuggestion(ctx, idOf(id, 'Suggestion'));
  }

  @Query(() => SuggestionConnection, { description: 'Published suggestions with their answers, newest first.' })
  publishedSuggestions(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('field', () => SuggestionField, { nullable: true }) field?: SuggestionField,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ) {
    publicCache(ctx);
    return publishedSuggestions(ctx.em, { field, year }, page);
  }

  @Query(() => [SuggestionYearStats], { description: 'Received, answered on time, adopted and published, per year.' })
  suggestionYearStats(@Ctx() ctx: Context) {
    publicCache(ctx);
    return suggestionYearStats(ctx.em);
  }

  @Query(() => SuggestionConnection, { description: 'The signed-in model worker’s own suggestions.' })
  mySuggestions(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return mySuggestions(ctx.em, ctx.viewer, page);
  }

  @Query(() => SuggestionCoSignerConnection, { description: 'Requests to co-sign other model workers’ suggestions, pending first.' })
  mySuggestionCoSignRequests(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return myCoSignRequests(ctx.em, ctx.viewer, page);
  }

  @Query(() => SuggestionConnection, { description: 'Handlers: suggestions assigned to their organizations, nearest deadline first.' })
  suggestionQueue(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('state', () => SuggestionState, { nullable: true }) state?: SuggestionState) {
    return suggestionQueue(ctx.em, ctx.viewer, state, page);
  }

  @Query(() => SuggestionConnection, { description: 'Union staff: every suggestion in their scope, overdue first.' })
  suggestions(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('state', () => SuggestionState, { nullable: true }) state?: SuggestionState,
    @Arg('field', () => SuggestionField, { nullable: true }) field?: SuggestionField,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('overdueOnly', () => Boolean, { nullable: true }) overdueOnly?: boolean,
  ) {
    return suggestionOverview(ctx.em, ctx.viewer, ctx.services.clock.now(), { search, state, field, year, overdueOnly }, page);
  }

  @Query(() => CandidateConnection, { description: 'Model workers to name as author (staff) or co-signer (model workers with an account).' })
  suggestionModelWorkers(
    @Args() page: PageArgs, @Ctx() ctx: Context,
    @Arg('search', () => String) search: string,
    @Arg('withAccount', () => Boolean, { defaultValue: false }) withAccount: boolean,
  ) {
    return modelWorkersNamed(ctx.em, ctx.viewer, search, withAccount, page);
  }

  @FieldResolver(() => String, { description: 'The author’s name; nothing else of the author is public.' })
  async authorName(@Root() s: Suggestion): Promise<string> {
    return (await s.author.load())!.name;
  }

  @FieldResolver(() => [String], { description: 'Co-signers who confirmed, by name.' })
  async coSignerNames(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<string[]> {
    const rows = await ctx.em.find(SuggestionCoSigner, { suggestion: s.id, status: CoSignStatus.CONFIRMED }, { populate: ['modelWorker'], orderBy: { createdAt: 'asc' } });
    return rows.map((r) => r.modelWorker.$.name);
  }

  @FieldResolver(() => [SuggestionAnswer], { description: 'Answers fed back to the author; the handler and office also see those not fed back yet.' })
  async answers(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<SuggestionAnswer[]> {
    const all = isStaffParty(await factsFor(ctx, s));
    return ctx.em.find(SuggestionAnswer, { suggestion: s.id, ...(all ? {} : { fedBackAt: { $ne: null } }) }, { orderBy: { round: 'asc' } });
  }

  @FieldResolver(() => [SuggestionAction], { description: 'What the viewer may do now (the transition table).' })
  async viewerActions(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<SuggestionAction[]> {
    return allowedActions(await factsFor(ctx, s));
  }

  @FieldResolver(() => [SuggestionActionOption], { description: 'The steps the table opens to the viewer, each with whether it needs a reason and why it would be refused now.' })
  async viewerActionOptions(@Root() s: Suggestion, @Ctx() ctx: Context) {
    return presentOptions(await suggestionActionOptions(await factsFor(ctx, s)), ctx.locale);
  }

  @FieldResolver(() => SuggestionHandling, { nullable: true, description: 'The handling file; null unless the viewer is a party to the suggestion.' })
  async handling(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Suggestion | null> {
    return isParty(await factsFor(ctx, s)) ? s : null;
  }
}
