import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import {
  addMember, addProject, addResult, createStudio, removeMember, removeResult, updateProject, updateStudio,
} from './studio.service.js';
import { assessCriterion, reviewStudio, saveEvidence, stepStudio } from './studio-certification.service.js';
import { StudioAction } from './studio.workflow.js';
import {
  StudioCertifyInput, StudioCreateInput, StudioUpdateInput, StudioCriterionAssessInput, StudioEvidenceSaveInput, StudioMemberAddInput, StudioMemberRemoveInput,
  StudioProjectAddInput, StudioProjectUpdateInput, StudioRectificationAcceptInput, StudioResultAddInput, StudioResultRemoveInput,
  StudioReturnInput, StudioReviewInput, StudioRevokeInput, StudioSubmitInput,
} from './studio.inputs.js';
import {
  StudioCertifyPayload, StudioCreatePayload, StudioUpdatePayload, StudioCriterionAssessPayload, StudioEvidenceSavePayload, StudioMemberAddPayload,
  StudioMemberRemovePayload, StudioProjectAddPayload, StudioProjectUpdatePayload, StudioRectificationAcceptPayload, StudioResultAddPayload,
  StudioResultRemovePayload, StudioReturnPayload, StudioReviewPayload, StudioRevokePayload, StudioSubmitPayload,
} from './studio.types.js';
import { payload } from '../../common/errors/payload.js';

const now = (ctx: Context) => ctx.services.clock.now();

/** The studio's business actions, one mutation each; the rules live in the services and the workflow table. */
@Resolver()
export class StudioMutationResolver {
  @Mutation(() => StudioCreatePayload, { description: 'A model worker applies for their own studio (a draft).' })
  async studioCreate(@Arg('input') input: StudioCreateInput, @Ctx() ctx: Context): Promise<StudioCreatePayload> {
    return payload({ studio: await createStudio(ctx.em, ctx.viewer, now(ctx), input) });
  }

  @Mutation(() => StudioUpdatePayload)
  async studioUpdate(@Arg('input') input: StudioUpdateInput, @Ctx() ctx: Context): Promise<StudioUpdatePayload> {
    return payload({ studio: await updateStudio(ctx.em, ctx.viewer, now(ctx), input) });
  }

  @Mutation(() => StudioMemberAddPayload)
  async studioMemberAdd(@Arg('input') input: StudioMemberAddInput, @Ctx() ctx: Context): Promise<StudioMemberAddPayload> {
    return payload(await addMember(ctx.em, ctx.viewer, input));
  }

  @Mutation(() => StudioMemberRemovePayload)
  async studioMemberRemove(@Arg('input') input: StudioMemberRemoveInput, @Ctx() ctx: Context): Promise<StudioMemberRemovePayload> {
    return payload({ studio: await removeMember(ctx.em, ctx.viewer, input.member) });
  }

  @Mutation(() => StudioProjectAddPayload)
  async studioProjectAdd(@Arg('input') input: StudioProjectAddInput, @Ctx() ctx: Context): Promise<StudioProjectAddPayload> {
    return payload(await addProject(ctx.em, ctx.viewer, input));
  }

  @Mutation(() => StudioProjectUpdatePayload)
  async studioProjectUpdate(@Arg('input') input: StudioProjectUpdateInput, @Ctx() ctx: Context): Promise<StudioProjectUpdatePayload> {
    return payload(await updateProject(ctx.em, ctx.viewer, input));
  }

  @Mutation(() => StudioResultAddPayload)
  async studioResultAdd(@Arg('input') input: StudioResultAddInput, @Ctx() ctx: Context): Promise<StudioResultAddPayload> {
    return payload(await addResult(ctx.em, ctx.viewer, now(ctx), input));
  }

  @Mutation(() => StudioResultRemovePayload)
  async studioResultRemove(@Arg('input') input: StudioResultRemoveInput, @Ctx() ctx: Context): Promise<StudioResultRemovePayload> {
    return payload({ studio: await removeResult(ctx.em, ctx.viewer, now(ctx), input.result) });
  }

  @Mutation(() => StudioEvidenceSavePayload, { description: 'Evidence for one of the six haves, while the studio is a draft.' })
  async studioEvidenceSave(@Arg('input') input: StudioEvidenceSaveInput, @Ctx() ctx: Context): Promise<StudioEvidenceSavePayload> {
    return payload({ studio: await saveEvidence(ctx.em, ctx.viewer, now(ctx), input) });
  }

  @Mutation(() => StudioSubmitPayload)
  async studioSubmit(@Arg('input') input: StudioSubmitInput, @Ctx() ctx: Context): Promise<StudioSubmitPayload> {
    return payload({ studio: await stepStudio(ctx.em, ctx.viewer, now(ctx), input.studio, StudioAction.SUBMIT, input.reason) });
  }

  @Mutation(() => StudioCriterionAssessPayload, { description: 'A certifier judges one of the six haves of an application.' })
  async studioCriterionAssess(@Arg('input') input: StudioCriterionAssessInput, @Ctx() ctx: Context): Promise<StudioCriterionAssessPayload> {
    return payload({ studio: await assessCriterion(ctx.em, ctx.viewer, now(ctx), input) });
  }

  @Mutation(() => StudioReturnPayload)
  async studioReturn(@Arg('input') input: StudioReturnInput, @Ctx() ctx: Context): Promise<StudioReturnPayload> {
    return payload({ studio: await stepStudio(ctx.em, ctx.viewer, now(ctx), input.studio, StudioAction.RETURN, input.reason) });
  }

  @Mutation(() => StudioCertifyPayload, { description: 'Certifies an application whose six haves are met and which meets its level’s rules.' })
  async studioCertify(@Arg('input') input: StudioCertifyInput, @Ctx() ctx: Context): Promise<StudioCertifyPayload> {
    return payload({ studio: await stepStudio(ctx.em, ctx.viewer, now(ctx), input.studio, StudioAction.CERTIFY, input.reason) });
  }

  @Mutation(() => StudioReviewPayload, { description: 'The annual review: pass, rectify within a term, or revoke.' })
  async studioReview(@Arg('input') input: StudioReviewInput, @Ctx() ctx: Context): Promise<StudioReviewPayload> {
    return payload({ studio: await reviewStudio(ctx.em, ctx.viewer, now(ctx), input) });
  }

  @Mutation(() => StudioRectificationAcceptPayload)
  async studioRectificationAccept(@Arg('input') input: StudioRectificationAcceptInput, @Ctx() ctx: Context): Promise<StudioRectificationAcceptPayload> {
    return payload({ studio: await stepStudio(ctx.em, ctx.viewer, now(ctx), input.studio, StudioAction.ACCEPT_RECTIFICATION, input.reason) });
  }

  @Mutation(() => StudioRevokePayload, { description: 'Revokes the title (e.g. for a violation), with a reason.' })
  async studioRevoke(@Arg('input') input: StudioRevokeInput, @Ctx() ctx: Context): Promise<StudioRevokePayload> {
    return payload({ studio: await stepStudio(ctx.em, ctx.viewer, now(ctx), input.studio, StudioAction.REVOKE, input.reason) });
  }
}
