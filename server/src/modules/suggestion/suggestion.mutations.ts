import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import * as I from './suggestion.inputs.js';
import * as P from './suggestion.types.js';
import * as service from './suggestion.service.js';
import type { Suggestion } from './suggestion.entity.js';
import type { Actor } from './suggestion.service.js';
import type { Context } from '../../context.js';

const actor = (ctx: Context): Actor => ({ em: ctx.em, viewer: ctx.viewer, now: ctx.services.clock.now() });
const done = async (step: Promise<Suggestion>): Promise<P.SuggestionPayloadType> => ({ suggestion: await step, userErrors: [] });

/** One mutation per step of the lifecycle; the rules are in the service and the transition table. */
@Resolver()
export class SuggestionMutationResolver {
  @Mutation(() => P.SuggestionSubmitPayload, { description: 'A model worker submits a suggestion online.' })
  suggestionSubmit(@Arg('input') input: I.SuggestionSubmitInput, @Ctx() ctx: Context) {
    return done(service.submitSuggestion(actor(ctx), input));
  }

  @Mutation(() => P.SuggestionEnterPayload, { description: 'Union staff enter a suggestion received by letter or in person.' })
  suggestionEnter(@Arg('input') input: I.SuggestionEnterInput, @Ctx() ctx: Context) {
    return done(service.enterSuggestion(actor(ctx), input));
  }

  @Mutation(() => P.SuggestionAcceptPayload)
  suggestionAccept(@Arg('input') input: I.SuggestionAcceptInput, @Ctx() ctx: Context) {
    return done(service.acceptSuggestion(actor(ctx), input.suggestion, input.note));
  }

  @Mutation(() => P.SuggestionDeclinePayload)
  suggestionDecline(@Arg('input') input: I.SuggestionDeclineInput, @Ctx() ctx: Context) {
    return done(service.declineSuggestion(actor(ctx), input.suggestion, input.reason));
  }

  @Mutation(() => P.SuggestionAssignPayload)
  suggestionAssign(@Arg('input') input: I.SuggestionAssignInput, @Ctx() ctx: Context) {
    return done(service.assignSuggestion(actor(ctx), input.suggestion, input.handler, input.note));
  }

  @Mutation(() => P.SuggestionTransferPayload)
  suggestionTransfer(@Arg('input') input: I.SuggestionTransferInput, @Ctx() ctx: Context) {
    return done(service.transferSuggestion(actor(ctx), input.suggestion, input.handler, input.reason));
  }

  @Mutation(() => P.SuggestionAnswerPayload)
  suggestionAnswer(@Arg('input') input: I.SuggestionAnswerInput, @Ctx() ctx: Context) {
    return done(service.answerSuggestion(actor(ctx), input.suggestion, input));
  }

  @Mutation(() => P.SuggestionFeedBackPayload)
  suggestionFeedBack(@Arg('input') input: I.SuggestionFeedBackInput, @Ctx() ctx: Context) {
    return done(service.feedBackSuggestion(actor(ctx), input.suggestion, input.note));
  }

  @Mutation(() => P.SuggestionRatePayload)
  suggestionRate(@Arg('input') input: I.SuggestionRateInput, @Ctx() ctx: Context) {
    return done(service.rateSuggestion(actor(ctx), input.suggestion, input.rating, input.comment));
  }

  @Mutation(() => P.SuggestionMarkAdoptedPayload)
  suggestionMarkAdopted(@Arg('input') input: I.SuggestionMarkAdoptedInput, @Ctx() ctx: Context) {
    return done(service.markSuggestionAdopted(actor(ctx), input.suggestion, input.note));
  }

  @Mutation(() => P.SuggestionReferPayload)
  suggestionRefer(@Arg('input') input: I.SuggestionReferInput, @Ctx() ctx: Context) {
    return done(service.referSuggestion(actor(ctx), input.suggestion, input));
  }

  @Mutation(() => P.SuggestionCommendPayload)
  suggestionCommend(@Arg('input') input: I.SuggestionCommendInput, @Ctx() ctx: Context) {
    return done(service.commendSuggestion(actor(ctx), input.suggestion, input.note));
  }

  @Mutation(() => P.SuggestionPublishPayload)
  suggestionPublish(@Arg('input') input: I.SuggestionPublishInput, @Ctx() ctx: Context) {
    return done(service.publishSuggestion(actor(ctx), input.suggestion));
  }

  @Mutation(() => P.SuggestionUnpublishPayload)
  suggestionUnpublish(@Arg('input') input: I.SuggestionUnpublishInput, @Ctx() ctx: Context) {
    return done(service.unpublishSuggestion(actor(ctx), input.suggestion, input.reason));
  }

  @Mutation(() => P.SuggestionCoSignRespondPayload, { description: 'A co-signer confirms or declines.' })
  suggestionCoSignRespond(@Arg('input') input: I.SuggestionCoSignRespondInput, @Ctx() ctx: Context) {
    return done(service.respondToCoSign(actor(ctx), input.suggestion, input.confirm));
  }

  @Mutation(() => P.SuggestionConsentSetPayload, { description: 'The author gives or withdraws consent to publication.' })
  suggestionConsentSet(@Arg('input') input: I.SuggestionConsentSetInput, @Ctx() ctx: Context) {
    return done(service.setSuggestionConsent(actor(ctx), input.suggestion, input.consent));
  }
}
