import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { actorOf } from '../../common/actor.js';
import { payload } from '../../common/errors/payload.js';
import {
  ModelWorkerAccountLinkInput, ModelWorkerAccountLinkPayload, ModelWorkerClaimInput, ModelWorkerClaimPayload, ModelWorkerProfileUpdateInput,
  ModelWorkerProfileUpdatePayload, ModelWorkerOwnRecord,
} from './model-worker-account.inputs.js';
import { claimRecord, linkRecord, ownLiveRecord, updateOwnProfile } from './model-worker-claim.service.js';

/** The person's side of the registry: their sign-in linked to their record, which makes them a model worker here. */
@Resolver()
export class ModelWorkerAccountResolver {
  @Query(() => ModelWorkerOwnRecord, { nullable: true, description: 'The viewer’s own registry record; null when their account is linked to none.' })
  async myModelWorkerRecord(@Ctx() ctx: Context): Promise<ModelWorkerOwnRecord | null> {
    const worker = await ownLiveRecord(actorOf(ctx));
    return worker && { modelWorker: worker, profileConsent: worker.profileConsent, deedsSummary: worker.deedsSummary ?? null };
  }

  @Mutation(() => ModelWorkerClaimPayload, { description: 'Claims the viewer’s registry record by the phone on record and an SMS code.' })
  async modelWorkerClaim(@Arg('input') input: ModelWorkerClaimInput, @Ctx() ctx: Context): Promise<ModelWorkerClaimPayload> {
    return payload({ modelWorker: await claimRecord(actorOf(ctx), ctx.services, input) });
  }

  @Mutation(() => ModelWorkerAccountLinkPayload, { description: 'Union staff link a record to the account on the person’s phone.' })
  async modelWorkerAccountLink(@Arg('input') input: ModelWorkerAccountLinkInput, @Ctx() ctx: Context): Promise<ModelWorkerAccountLinkPayload> {
    return payload({ modelWorker: await linkRecord(actorOf(ctx), input) });
  }

  @Mutation(() => ModelWorkerProfileUpdatePayload, { description: 'The model worker consents to (or withdraws) their public profile and keeps its deeds summary.' })
  async modelWorkerProfileUpdate(@Arg('input') input: ModelWorkerProfileUpdateInput, @Ctx() ctx: Context): Promise<ModelWorkerProfileUpdatePayload> {
    const worker = await updateOwnProfile(actorOf(ctx), input);
    return payload({ modelWorker: worker, profileConsent: worker.profileConsent });
  }
}
