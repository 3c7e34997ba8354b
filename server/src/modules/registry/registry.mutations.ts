import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import * as I from './registry.inputs.js';
import * as P from './registry.types.js';
import * as service from './registry.service.js';
import { actorOf } from '../../common/actor.js';
import { payload } from '../../common/errors/payload.js';
import type { Context } from '../../context.js';

/** The keepers' work on the registry; the rules are in registry.service.ts, the scopes in registry.access.ts. */
@Resolver()
export class RegistryMutationResolver {
  @Mutation(() => P.RegistryRecordPayload, { description: 'Enter a model worker the registry lacks (e.g. honored before laomo).' })
  modelWorkerCreate(@Arg('input') input: I.ModelWorkerCreateInput, @Ctx() ctx: Context) {
    return payload({ record: service.createRecord(actorOf(ctx), input) });
  }

  @Mutation(() => P.RegistryRecordPayload, { description: 'Change the fields of the information form it names.' })
  modelWorkerUpdate(@Arg('input') input: I.ModelWorkerUpdateInput, @Ctx() ctx: Context) {
    return payload({ record: service.updateRecord(actorOf(ctx), input) });
  }

  @Mutation(() => P.RegistryRecordPayload, { description: 'Record an honor held, e.g. one conferred before laomo.' })
  modelWorkerHonorAdd(@Arg('input') input: I.ModelWorkerHonorAddInput, @Ctx() ctx: Context) {
    return payload({ record: service.addHonor(actorOf(ctx), input) });
  }

  @Mutation(() => P.RegistryRecordPayload, { description: '年度更新: confirm the record for this year, reviewing its class.' })
  modelWorkerConfirm(@Arg('input') input: I.ModelWorkerConfirmInput, @Ctx() ctx: Context) {
    return payload({ record: service.confirmRecord(actorOf(ctx), input) });
  }

  @Mutation(() => P.ModelWorkerReportPayload, { description: 'Report a death or serious violation at once to the district and the city.' })
  modelWorkerReport(@Arg('input') input: I.ModelWorkerReportInput, @Ctx() ctx: Context) {
    return payload({ report: service.reportEvent(actorOf(ctx), input) });
  }

  @Mutation(() => P.ModelWorkerTransferPayload, { description: 'Ask another keeper to take the record over.' })
  modelWorkerTransferRequest(@Arg('input') input: I.ModelWorkerTransferRequestInput, @Ctx() ctx: Context) {
    return payload({ transfer: service.requestTransfer(actorOf(ctx), input) });
  }

  @Mutation(() => P.ModelWorkerTransferPayload, { description: 'The new keeper takes the record over.' })
  modelWorkerTransferAccept(@Arg('input') input: I.ModelWorkerTransferAcceptInput, @Ctx() ctx: Context) {
    return payload({ transfer: service.acceptTransfer(actorOf(ctx), input) });
  }

  @Mutation(() => P.ModelWorkerTransferPayload, { description: 'The new keeper sends the request back, with a reason.' })
  modelWorkerTransferDecline(@Arg('input') input: I.ModelWorkerTransferDeclineInput, @Ctx() ctx: Context) {
    return payload({ transfer: service.declineTransfer(actorOf(ctx), input) });
  }

  @Mutation(() => P.ModelWorkerIdNumberRevealPayload, { description: 'The whole ID number, written to the record’s history.' })
  modelWorkerIdNumberReveal(@Arg('input') input: I.ModelWorkerIdNumberRevealInput, @Ctx() ctx: Context) {
    return payload({ idNumber: service.revealIdNumber(actorOf(ctx), input) });
  }
}
