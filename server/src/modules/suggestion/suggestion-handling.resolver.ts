import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Suggestion } from './suggestion.entity.js';
import { SuggestionAnswer } from './suggestion-answer.entity.js';
import { SuggestionCoSigner } from './suggestion-co-signer.entity.js';
import { SuggestionRating } from './suggestion.enums.js';
import { SuggestionHandling } from './suggestion.types.js';
import { factsFor, isParty, viewerFacts } from './suggestion.access.js';
import { isOverdue } from './suggestion.workflow.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { attachmentsOf, type AttachmentAccessRules } from '../attachment/attachment.service.js';
import { AuditEntryConnection } from '../audit/audit.types.js';
import { historyPage } from '../audit/audit.service.js';
import { PageArgs } from '../../common/relay/connection.js';
import { beijingDate } from '../calendar/working-calendar.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import type { Context } from '../../context.js';

/** Who may download the attachments of this module's objects (registered by modules/index.ts). */
export const suggestionAttachmentAccess: AttachmentAccessRules = {
  Suggestion: async (em, viewer, ownerId) => {
    const s = await em.findOne(Suggestion, ownerId);
    return !!s && isParty(await viewerFacts(em, viewer, s));
  },
};

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const suggestionHandlingNodes: NodeLoaders = {
  /** An answer shows where its suggestion does: fed back and published, or to the suggestion's parties. */
  SuggestionAnswer: async (ctx, id) => {
    const answer = await ctx.em.findOne(SuggestionAnswer, id, { populate: ['suggestion'] });
    if (!answer) return null;
    const facts = await factsFor(ctx, answer.suggestion.$);
    return isParty(facts) || (answer.suggestion.$.publishedAt && answer.fedBackAt) ? answer : null;
  },
  SuggestionCoSigner: async (ctx, id) => {
    const row = await ctx.em.findOne(SuggestionCoSigner, id, { populate: ['suggestion'] });
    return row && isParty(await factsFor(ctx, row.suggestion.$)) ? row : null;
  },
};

/** The handling file: its root is the Suggestion, reached only through the gate in `Suggestion.handling`. */
@Resolver(() => SuggestionHandling)
export class SuggestionHandlingResolver {
  @FieldResolver(() => Boolean, { description: 'A step is owed and its deadline has passed (working days, Beijing dates).' })
  overdue(@Root() s: Suggestion, @Ctx() ctx: Context): boolean {
    return isOverdue(s.deadline, beijingDate(ctx.services.clock.now()));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The supervising office this missed deadline went up to.' })
  async escalatedTo(@Root() s: Suggestion): Promise<Organization | null> {
    return s.escalatedTo && s.escalatedDeadline === s.deadline ? s.escalatedTo.load() : null;
  }

  @FieldResolver(() => Boolean, { description: 'Reopened after a dissatisfied rating (at most once).' })
  reopened(@Root() s: Suggestion): boolean {
    return s.reopenCount > 0;
  }

  @FieldResolver(() => ModelWorker)
  author(@Root() s: Suggestion) {
    return s.author.load();
  }

  @FieldResolver(() => Organization, { description: 'The union office that received it.' })
  office(@Root() s: Suggestion) {
    return s.office.load();
  }

  @FieldResolver(() => Organization, { nullable: true })
  handler(@Root() s: Suggestion) {
    return s.handler?.load() ?? null;
  }

  @FieldResolver(() => [SuggestionCoSigner], { description: 'Everyone asked to co-sign, with their reply.' })
  coSigners(@Root() s: Suggestion, @Ctx() ctx: Context) {
    return ctx.em.find(SuggestionCoSigner, { suggestion: s.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [Attachment])
  attachments(@Root() s: Suggestion, @Ctx() ctx: Context) {
    return attachmentsOf(ctx.em, { type: 'Suggestion', id: s.id });
  }

  @FieldResolver(() => AuditEntryConnection, { description: 'Every step, oldest first.' })
  history(@Root() s: Suggestion, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return historyPage(ctx.em, s, page);
  }
}

@Resolver(() => SuggestionAnswer)
export class SuggestionAnswerResolver {
  @FieldResolver(() => Organization, { description: 'Who answered.' })
  handler(@Root() answer: SuggestionAnswer) {
    return answer.handler.load();
  }

  @FieldResolver(() => Date, { nullable: true })
  fedBackAt(@Root() answer: SuggestionAnswer): Date | null {
    return answer.fedBackAt ?? null;
  }

  @FieldResolver(() => SuggestionRating, { nullable: true, description: 'The author’s rating; for the suggestion’s parties only.' })
  async rating(@Root() answer: SuggestionAnswer, @Ctx() ctx: Context): Promise<SuggestionRating | null> {
    return (await this.forParties(answer, ctx)) ? (answer.rating ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'For the suggestion’s parties only.' })
  async ratingComment(@Root() answer: SuggestionAnswer, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.forParties(answer, ctx)) ? (answer.ratingComment ?? null) : null;
  }

  private async forParties(answer: SuggestionAnswer, ctx: Context): Promise<boolean> {
    return isParty(await factsFor(ctx, (await answer.suggestion.load())!));
  }
}

@Resolver(() => SuggestionCoSigner)
export class SuggestionCoSignerResolver {
  @FieldResolver(() => ModelWorker)
  modelWorker(@Root() row: SuggestionCoSigner) {
    return row.modelWorker.load();
  }

  @FieldResolver(() => Suggestion)
  suggestion(@Root() row: SuggestionCoSigner) {
    return row.suggestion.load();
  }
}
