import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { actorOf } from '../../common/actor.js';
import { payload } from '../../common/errors/payload.js';
import { Payload } from '../../common/errors/user-error.type.js';
import { ConnectionType, PageArgs } from '../../common/relay/connection.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import { actionOptionType, presentOptions } from '../../common/workflow/action-option.type.js';
import { historyPage } from '../audit/audit.service.js';
import { AuditEntryConnection } from '../audit/audit.types.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorkerHonor } from '../registry/model-worker-honor.entity.js';
import { recordInScope } from '../registry/registry.access.js';
import { RegistryHonor, RegistryRecord } from '../registry/registry.types.js';
import { groupedCountLoader } from '../../common/request-loader.js';
import { HonorRevocation } from './honor-revocation.entity.js';
import { RevocationAction, RevocationState } from './revocation.enums.js';
import { HonorRevocationReportInput, HonorRevocationStepInput } from './revocation.inputs.js';
import { reportRevocation, revocationInScope, revocationsInScope, takeRevocationStep } from './revocation.service.js';
import { REVOCATION_WORKFLOW, revocationActionOptions, revocationActors } from './revocation.workflow.js';

const HonorRevocationConnection = ConnectionType(HonorRevocation);
const RevocationActionOption = actionOptionType('RevocationActionOption', RevocationAction);

@ObjectType() class HonorRevocationPayload extends Payload { @Field(() => HonorRevocation, { nullable: true }) revocation?: HonorRevocation | null; }
@ObjectType() export class HonorRevocationReportPayload extends HonorRevocationPayload {}
@ObjectType() export class HonorRevocationStepPayload extends HonorRevocationPayload {}

/** How `node(id:)` finds a report: as the list does, for union staff over the person. */
export const revocationNodes: NodeLoaders = {
  HonorRevocation: (ctx, id) => revocationInScope(actorOf(ctx), id),
};

@Resolver(() => HonorRevocation)
export class HonorRevocationResolver {
  @Query(() => HonorRevocationConnection, { description: 'Revocation reports on the model workers of the viewer’s unions, newest first; staff only.' })
  honorRevocations(@Args() page: PageArgs, @Ctx() ctx: Context, @Arg('state', () => RevocationState, { nullable: true }) state?: RevocationState) {
    return revocationsInScope(actorOf(ctx), page, state);
  }

  @Mutation(() => HonorRevocationReportPayload)
  async honorRevocationReport(@Arg('input') input: HonorRevocationReportInput, @Ctx() ctx: Context): Promise<HonorRevocationReportPayload> {
    return payload({ revocation: await reportRevocation(actorOf(ctx), input) });
  }

  @Mutation(() => HonorRevocationStepPayload, { description: 'Passes a report up, or, as the conferring body, revokes the honor or dismisses the report.' })
  async honorRevocationStep(@Arg('input') input: HonorRevocationStepInput, @Ctx() ctx: Context): Promise<HonorRevocationStepPayload> {
    return payload({ revocation: await takeRevocationStep(actorOf(ctx), input) });
  }

  @FieldResolver(() => ModelWorkerHonor, { description: 'The honor reported (its record is reached through the staff registry).' })
  held(@Root() r: HonorRevocation) {
    return r.held.load();
  }

  @FieldResolver(() => String, { description: 'The person’s name.' })
  async name(@Root() r: HonorRevocation) {
    return (await r.modelWorker.loadOrFail()).name;
  }

  @FieldResolver(() => Date, { description: 'When the report was made.' })
  reportedAt(@Root() r: HonorRevocation) {
    return r.createdAt;
  }

  @FieldResolver(() => RegistryRecord, { nullable: true, description: 'The person’s record, when the viewer may read it where it is kept now.' })
  record(@Root() r: HonorRevocation, @Ctx() ctx: Context) {
    return recordInScope(ctx.em, ctx.viewer, r.modelWorker.id);
  }

  @FieldResolver(() => Organization, { description: 'The office the report sits at now.' })
  at(@Root() r: HonorRevocation) {
    return r.at.load();
  }

  @FieldResolver(() => Organization)
  conferringBody(@Root() r: HonorRevocation) {
    return r.conferringBody.load();
  }

  @FieldResolver(() => [RevocationAction])
  async viewerActions(@Root() r: HonorRevocation, @Ctx() ctx: Context) {
    return REVOCATION_WORKFLOW.open(r.state, await revocationActors(ctx.em, ctx.viewer, r)).map((s) => s.action);
  }

  @FieldResolver(() => [RevocationActionOption])
  async viewerActionOptions(@Root() r: HonorRevocation, @Ctx() ctx: Context) {
    return presentOptions(await revocationActionOptions(ctx.em, ctx.viewer, r, ctx.services.clock.now()), ctx.locale);
  }

  @FieldResolver(() => AuditEntryConnection, { description: 'Every step, oldest first.' })
  history(@Root() r: HonorRevocation, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return historyPage(ctx.em, r, page);
  }
}

/** On a record's honors (registry module, which comes before this one): whether a report is under way. */
@Resolver(() => RegistryHonor)
export class RegistryHonorRevocationResolver {
  @FieldResolver(() => Boolean, { description: 'A revocation report on this honor is open (退出机制), so another cannot be made.' })
  async revocationReported(@Root() held: ModelWorkerHonor, @Ctx() ctx: Context) {
    // One statement for every honor the answer shows.
    return (await groupedCountLoader(ctx, 'honor_revocation', 'held_id', `state = '${RevocationState.REPORTED}'`).load(held.id)) > 0;
  }
}
