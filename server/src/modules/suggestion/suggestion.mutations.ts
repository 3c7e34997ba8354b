import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import * as I from './suggestion.inputs.js';
import * as P from './suggestion.types.js';
import * as service from './suggestion.service.js';
import { actorOf } from '../../common/actor.js';
import type { Context } from '../../context.js';
import { payload } from '../../common/errors/payload.js';

/** One mutation per step of the lifecycle; the rules are in the service and the transition table. */
@Resolver()
export class SuggestionMutationResolver {
  @Mutation(() => P.SuggestionSubmitPayload, { description: 'A model worker submits a suggestion online.' })
  suggestionSubmit(@Arg('input') input: I.SuggestionSubmitInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.submitSuggestion(actorOf(ctx), input) });
  }

  @Mutation(() => P.SuggestionEnterPayload, { description: 'Union staff enter a suggestion received by letter or in person.' })
  suggestionEnter(@Arg('input') input: I.SuggestionEnterInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.enterSuggestion(actorOf(ctx), input) });
  }

  @Mutation(() => P.SuggestionAcceptPayload)
  suggestionAccept(@Arg('input') input: I.SuggestionAcceptInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.acceptSuggestion(actorOf(ctx), input.suggestion, input.note) });
  }

  @Mutation(() => P.SuggestionDeclinePayload)
  suggestionDecline(@Arg('input') input: I.SuggestionDeclineInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.declineSuggestion(actorOf(ctx), input.suggestion, input.reason) });
  }

  @Mutation(() => P.SuggestionAssignPayload)
  suggestionAssign(@Arg('input') input: I.SuggestionAssignInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.assignSuggestion(actorOf(ctx), input.suggestion, input.handler, input.note) });
  }

  @Mutation(() => P.SuggestionTransferPayload)
  suggestionTransfer(@Arg('input') input: I.SuggestionTransferInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.transferSuggestion(actorOf(ctx), input.suggestion, input.handler, input.reason) });
  }

  @Mutation(() => P.SuggestionAnswerPayload)
  suggestionAnswer(@Arg('input') input: I.SuggestionAnswerInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.answerSuggestion(actorOf(ctx), input.suggestion, input) });
  }

  @Mutation(() => P.SuggestionFeedBackPayload)
  suggestionFeedBack(@Arg('input') input: I.SuggestionFeedBackInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.feedBackSuggestion(actorOf(ctx), input.suggestion, input.note) });
  }

  @Mutation(() => P.SuggestionRatePayload)
  suggestionRate(@Arg('input') input: I.SuggestionRateInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.rateSuggestion(actorOf(ctx), input.suggestion, input.rating, input.comment) });
  }

  @Mutation(() => P.SuggestionMarkAdoptedPayload)
  suggestionMarkAdopted(@Arg('input') input: I.SuggestionMarkAdoptedInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.markSuggestionAdopted(actorOf(ctx), input.suggestion, input.note) });
  }

  @Mutation(() => P.SuggestionReferPayload)
  suggestionRefer(@Arg('input') input: I.SuggestionReferInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.referSuggestion(actorOf(ctx), input.suggestion, input) });
  }

  @Mutation(() => P.SuggestionCommendPayload)
  suggestionCommend(@Arg('input') input: I.SuggestionCommendInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.commendSuggestion(actorOf(ctx), input.suggestion, input.note) });
  }

  @Mutation(() => P.SuggestionPublishPayload)
  suggestionPublish(@Arg('input') input: I.SuggestionPublishInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.publishSuggestion(actorOf(ctx), input.suggestion) });
  }

  @Mutation(() => P.SuggestionUnpublishPayload)
  suggestionUnpublish(@Arg('input') input: I.SuggestionUnpublishInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.unpublishSuggestion(actorOf(ctx), input.suggestion, input.reason) });
  }

  @Mutation(() => P.SuggestionCoSignRespondPayload, { description: 'A co-signer confirms or declines.' })
  suggestionCoSignRespond(@Arg('input') input: I.SuggestionCoSignRespondInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.respondToCoSign(actorOf(ctx), input.suggestion, input.confirm) });
  }

  @Mutation(() => P.SuggestionConsentSetPayload, { description: 'The author gives or withdraws consent to publication.' })
  suggestionConsentSet(@Arg('input') input: I.SuggestionConsentSetInput, @Ctx() ctx: Context) {
    return payload({ suggestion: service.setSuggestionConsent(actorOf(ctx), input.suggestion, input.consent) });
  }
}
