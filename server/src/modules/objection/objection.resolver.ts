import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Objection } from './objection.entity.js';
import { ObjectionStatus } from './objection.enums.js';
import { ObjectionDecideInput, ObjectionEnterInput, ObjectionFileInput, ObjectionInvestigationStartInput } from './objection.inputs.js';
import {
  ObjectionDismissPayload, ObjectionEnterPayload, ObjectionFilePayload, ObjectionInvestigationStartPayload, ObjectionUpholdPayload,
} from './objection.payloads.js';
import {
  handles, decideObjection, enterObjection, fileObjection, findVisibleObjection, objectionQueue, startInvestigation, viewerObjections,
} from './objection.service.js';
import { Notice } from '../notice/notice.entity.js';
import { NoticeEntry } from '../notice/notice-entry.entity.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { attachmentsOf } from '../attachment/attachment.service.js';
import { AuditEntryConnection } from '../audit/audit.types.js';
import { emptyHistory, historyPage } from '../audit/audit.service.js';
import { ConnectionType, PageArgs } from '../../common/relay/connection.js';
import { idOf } from '../../common/relay/global-id.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import type { Context } from '../../context.js';
import { actorOf } from '../../common/actor.js';
import { participantOf } from '../participation/participant.js';
import { may, Operation } from '../account/policy.js';
import { payload } from '../../common/errors/payload.js';

const ObjectionConnection = ConnectionType(Objection);

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const objectionNodes: NodeLoaders = {
  Objection: (ctx, id) => findVisibleObjection(ctx.em, ctx.viewer, id),
};

/**
 * Objections are private: every query here answers only the staff handling the notice, or the
 * objector about their own. Nothing about an objection is reachable from the public notice types.
 */
@Resolver(() => Objection)
export class ObjectionResolver {
  @Query(() => ObjectionConnection, { description: 'Staff: objections on the notices of their organizations, newest first.' })
  objections(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('notice', () => ID, { nullable: true }) notice?: string,
    @Arg('status', () => ObjectionStatus, { nullable: true }) status?: ObjectionStatus,
  ) {
    return objectionQueue(ctx, { notice, status }, page);
  }

  @Query(() => ObjectionConnection, { description: 'The signed-in objector’s own objections and the replies to them.' })
  viewerObjections(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return viewerObjections(ctx, page);
  }

  @Query(() => Objection, { nullable: true, description: 'An objection, for the staff handling it or its objector.' })
  async objection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    ctx.viewer.requireAccount();
    const uuid = idOf(id, 'Objection');
    return uuid ? findVisibleObjection(ctx.em, ctx.viewer, uuid) : null;
  }

  @FieldResolver(() => Notice)
  notice(@Root() objection: Objection) {
    return objection.notice.load();
  }

  @FieldResolver(() => NoticeEntry)
  entry(@Root() objection: Objection) {
    return objection.entry.load();
  }

  @FieldResolver(() => [Attachment])
  attachments(@Root() objection: Objection, @Ctx() ctx: Context) {
    return attachmentsOf(ctx.em, { type: 'Objection', id: objection.id });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer handles this objection (may investigate, uphold or dismiss it).' })
  viewerCanHandle(@Root() objection: Objection, @Ctx() ctx: Context): boolean {
    return handles(ctx.viewer, objection);
  }

  @FieldResolver(() => AuditEntryConnection, { description: 'Staff handling it: every step, oldest first. Empty for the objector.' })
  async history(@Root() objection: Objection, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return may(ctx.viewer, Operation.OBJECTION_READ, objection.notice.getEntity().organization.getEntity()) ? historyPage(ctx.em, objection, page) : emptyHistory(page);
  }

  @Mutation(() => ObjectionFilePayload, { description: 'A member of the public objects to a candidate during the notice period.' })
  async objectionFile(@Arg('input') input: ObjectionFileInput, @Ctx() ctx: Context): Promise<ObjectionFilePayload> {
    return payload({ objection: await fileObjection(participantOf(ctx), input) });
  }

  @Mutation(() => ObjectionEnterPayload, { description: 'Staff enter an objection received by phone, letter or visit.' })
  async objectionEnter(@Arg('input') input: ObjectionEnterInput, @Ctx() ctx: Context): Promise<ObjectionEnterPayload> {
    return payload({ objection: await enterObjection(actorOf(ctx), input) });
  }

  @Mutation(() => ObjectionInvestigationStartPayload)
  async objectionInvestigationStart(@Arg('input') input: ObjectionInvestigationStartInput, @Ctx() ctx: Context): Promise<ObjectionInvestigationStartPayload> {
    return payload({ objection: await startInvestigation(actorOf(ctx), input.objection) });
  }

  @Mutation(() => ObjectionUpholdPayload, { description: 'The objection is founded: the candidate is withdrawn.' })
  async objectionUphold(@Arg('input') input: ObjectionDecideInput, @Ctx() ctx: Context): Promise<ObjectionUpholdPayload> {
    return payload({ objection: await decideObjection(actorOf(ctx), input, ObjectionStatus.UPHELD) });
  }

  @Mutation(() => ObjectionDismissPayload)
  async objectionDismiss(@Arg('input') input: ObjectionDecideInput, @Ctx() ctx: Context): Promise<ObjectionDismissPayload> {
    return payload({ objection: await decideObjection(actorOf(ctx), input, ObjectionStatus.DISMISSED) });
  }
}
