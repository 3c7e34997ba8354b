import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import {
  NominationCreateInput, NominationDeedsReportInput, NominationPartyConsentInput, NominationRecommendationInput, NominationRecuseInput,
  NominationIdNumberRevealInput, NominationPublicationConsentWithdrawInput, NominationSignOffInput, NominationTransitionInput, NominationUpdateInput,
} from './nomination.inputs.js';
import { withdrawPublicationConsent } from './nomination.consent.js';
import { createNomination, revealNominationIdNumber, updateNomination } from './nomination.service.js';
import { actOnNomination, recordPartyConsent, recordRecommendation, recordSignOff, recuse, reportDeeds } from './nomination.steps.js';
import { NominationIdNumberRevealPayload, NominationPayload } from './nomination.types.js';
import { payload } from '../../common/errors/payload.js';

/** One mutation per business action on a file; plain steps of the table go through `nominationTransition`. */
@Resolver()
export class NominationMutations {
  @Mutation(() => NominationPayload, { description: 'Opens a draft file (unit nomination, employee proposal or self-nomination).' })
  nominationCreate(@Arg('input') input: NominationCreateInput, @Ctx() ctx: Context) {
    return payload({ nomination: createNomination(ctx.em, ctx.viewer, ctx.services.clock.now(), input) });
  }

  @Mutation(() => NominationPayload, { description: 'Saves the file (a draft, or a correction while the unit holds it); fields left out stay as they are.' })
  nominationUpdate(@Arg('input') input: NominationUpdateInput, @Ctx() ctx: Context) {
    return payload({ nomination: updateNomination(ctx.em, ctx.viewer, ctx.services.clock.now(), input) });
  }

  @Mutation(() => NominationIdNumberRevealPayload, { description: 'The candidate’s whole ID number, to staff on the file; written to the file’s history.' })
  nominationIdNumberReveal(@Arg('input') input: NominationIdNumberRevealInput, @Ctx() ctx: Context) {
    return payload({ idNumber: revealNominationIdNumber(ctx.em, ctx.viewer, ctx.services.clock.now(), input.nomination) });
  }

  @Mutation(() => NominationPayload, {
    description: "Withdraws the candidate's consent to publication (the filer or the unit's staff): no notice shows the candidate any more.",
  })
  nominationPublicationConsentWithdraw(@Arg('input') input: NominationPublicationConsentWithdrawInput, @Ctx() ctx: Context) {
    return payload({ nomination: withdrawPublicationConsent(ctx.em, ctx.viewer, ctx.services.clock.now(), input) });
  }

  @Mutation(() => NominationPayload, { description: 'Takes a step of the transition table (propose, take up, submit, review, pass a notice, approve…).' })
  nominationTransition(@Arg('input') input: NominationTransitionInput, @Ctx() ctx: Context) {
    return payload({ nomination: actOnNomination(ctx.em, ctx.viewer, ctx.services.clock.now(), input) });
  }

  @Mutation(() => NominationPayload, { description: 'Records the democratic recommendation (民主推荐) and, when it passes, moves the file on.' })
  nominationRecommendationRecord(@Arg('input') input: NominationRecommendationInput, @Ctx() ctx: Context) {
    return payload({ nomination: recordRecommendation(ctx.em, ctx.viewer, ctx.services.clock.now(), input) });
  }

  @Mutation(() => NominationPayload, { description: 'Records the deeds report to the workforce (一报告).' })
  nominationDeedsReportRecord(@Arg('input') input: NominationDeedsReportInput, @Ctx() ctx: Context) {
    return payload({ nomination: reportDeeds(ctx.em, ctx.viewer, ctx.services.clock.now(), input) });
  }

  @Mutation(() => NominationPayload, { description: "Records the party committee's consent." })
  nominationPartyConsentRecord(@Arg('input') input: NominationPartyConsentInput, @Ctx() ctx: Context) {
    return payload({ nomination: recordPartyConsent(ctx.em, ctx.viewer, ctx.services.clock.now(), input) });
  }

  @Mutation(() => NominationPayload, { description: "Records a department's sign-off (enterprise heads and cadres)." })
  nominationSignOffRecord(@Arg('input') input: NominationSignOffInput, @Ctx() ctx: Context) {
    return payload({ nomination: recordSignOff(ctx.em, ctx.viewer, ctx.services.clock.now(), input) });
  }

  @Mutation(() => NominationPayload, { description: 'A reviewer declares a conflict of interest and is recused from the file.' })
  nominationRecuse(@Arg('input') input: NominationRecuseInput, @Ctx() ctx: Context) {
    return payload({ nomination: recuse(ctx.em, ctx.viewer, ctx.services.clock.now(), input) });
  }
}
