import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Comment } from './comment.entity.js';
import { CommentModeration } from './comment-moderation.type.js';
import { CommentModerationFilter } from './comment.enums.js';
import { CommentCreateInput, CommentHideInput, CommentReportInput, CommentReportsDismissInput, CommentUnhideInput } from './comment.inputs.js';
import { CommentCreatePayload, CommentHidePayload, CommentReportPayload, CommentReportsDismissPayload, CommentUnhidePayload } from './comment.payloads.js';
import {
  createComment, dismissReports, hideComment, moderationQueue, reportComment, unhideComment, viewerComments, visibleCommentWhere,
} from './comment.service.js';
import { NoticeEntry } from '../notice/notice-entry.entity.js';
import { ConnectionType, PageArgs } from '../../common/relay/connection.js';
import type { NodeLoaders } from '../../common/relay/node-registry.js';
import { visibleCommentPage, visibleCount } from './comment.pages.js';
import type { Context } from '../../context.js';
import { actorOf } from '../../common/actor.js';
import { participantOf } from '../participation/participant.js';
import { payload } from '../../common/errors/payload.js';

const CommentConnection = ConnectionType(Comment);
const CommentModerationConnection = ConnectionType(CommentModeration);

/** How `node(id:)` finds this module's types, each by its own query's visibility rule (registered by modules/index.ts). */
export const commentNodes: NodeLoaders = {
  Comment: (ctx, id) => ctx.em.findOne(Comment, { $and: [{ id }, visibleCommentWhere(ctx.services.clock.now())] }),
};

@Resolver(() => Comment)
export class CommentResolver {
  @FieldResolver(() => Date)
  createdAt(@Root() comment: Comment): Date {
    return comment.createdAt;
  }

  @FieldResolver(() => CommentConnection, { description: 'Visible replies, oldest first.' })
  replies(@Root() comment: Comment, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return visibleCommentPage(ctx, 'replies', comment.id, page);
  }

  @FieldResolver(() => NoticeEntry, { description: 'The candidate (notice entry) commented on.' })
  entry(@Root() comment: Comment) {
    return comment.entry.loadOrFail();
  }

  @Query(() => CommentConnection, { description: 'The signed-in viewer’s own comments and replies that the public sees, newest first.' })
  viewerComments(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return viewerComments(ctx, page);
  }

  @FieldResolver(() => Int, { description: 'Visible replies.' })
  replyCount(@Root() comment: Comment, @Ctx() ctx: Context): Promise<number> {
    return visibleCount(ctx, 'replies', comment.id);
  }

  @Query(() => CommentModerationConnection, { description: 'Staff: comments on the notices of their organizations, for moderation.' })
  commentModerationQueue(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => CommentModerationFilter, { defaultValue: CommentModerationFilter.REPORTED }) filter: CommentModerationFilter,
    @Arg('notice', () => ID, { nullable: true }) notice?: string,
  ) {
    return moderationQueue(ctx, filter, notice ?? null, page);
  }

  @Mutation(() => CommentCreatePayload)
  async commentCreate(@Arg('input') input: CommentCreateInput, @Ctx() ctx: Context): Promise<CommentCreatePayload> {
    return payload({ comment: await createComment(participantOf(ctx), input) });
  }

  @Mutation(() => CommentReportPayload)
  async commentReport(@Arg('input') input: CommentReportInput, @Ctx() ctx: Context): Promise<CommentReportPayload> {
    return payload({ comment: await reportComment(participantOf(ctx), input) });
  }

  @Mutation(() => CommentHidePayload)
  async commentHide(@Arg('input') input: CommentHideInput, @Ctx() ctx: Context): Promise<CommentHidePayload> {
    return payload({ moderation: await hideComment(actorOf(ctx), input) });
  }

  @Mutation(() => CommentUnhidePayload)
  async commentUnhide(@Arg('input') input: CommentUnhideInput, @Ctx() ctx: Context): Promise<CommentUnhidePayload> {
    return payload({ moderation: await unhideComment(actorOf(ctx), input.comment) });
  }

  @Mutation(() => CommentReportsDismissPayload, { description: 'Keep the comment: its reports so far leave the queue.' })
  async commentReportsDismiss(@Arg('input') input: CommentReportsDismissInput, @Ctx() ctx: Context): Promise<CommentReportsDismissPayload> {
    return payload({ moderation: await dismissReports(actorOf(ctx), input.comment) });
  }
}

@Resolver(() => CommentModeration)
export class CommentModerationResolver {
  @FieldResolver(() => NoticeEntry)
  entry(@Root() moderation: CommentModeration) {
    return moderation.comment.entry.load();
  }
}

@Resolver(() => NoticeEntry)
export class NoticeEntryCommentResolver {
  @FieldResolver(() => CommentConnection, { description: 'Visible comments (not replies), newest first.' })
  comments(@Root() entry: NoticeEntry, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return visibleCommentPage(ctx, 'entry', entry.id, page);
  }

  @FieldResolver(() => Int, { description: 'Visible comments and replies.' })
  commentCount(@Root() entry: NoticeEntry, @Ctx() ctx: Context): number | Promise<number> {
    return entry.visibleCommentCount ?? visibleCount(ctx, 'entryAll', entry.id);
  }
}
