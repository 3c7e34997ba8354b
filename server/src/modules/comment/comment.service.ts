import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../common/relay/global-id.js';
import { NotificationKind } from '../notification/notification.enums.js';
import { notify } from '../notification/notify.js';
import { ref } from '@mikro-orm/core';
import { Comment } from './comment.entity.js';
import { CommentReport } from './comment-report.entity.js';
import { CommentModeration } from './comment-moderation.type.js';
import { CommentModerationFilter, CommentStatus } from './comment.enums.js';
import { CommonError, CommentError } from '../../common/errors/catalogue.js';
import type { CommentCreateInput, CommentHideInput, CommentReportInput } from './comment.inputs.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { idOf } from '../../common/relay/global-id.js';
import { pageWindow, toConnection, type PageArgs } from '../../common/relay/connection.js';
import { audit } from '../audit/audit.service.js';
import { maskName } from '../participation/mask-name.js';
import { enforceRateLimit } from '../participation/rate-limit.js';
import { runOnce } from '../participation/idempotency.js';
import { publicEntry, publicEntryWhere } from '../notice/public-notice.js';
import { requireOpenEntry, requireParticipant } from '../participation/participant.js';
import type { Context } from '../../context.js';
import type { Actor } from '../../common/actor.js';
import type { Participant } from '../participation/participant.js';
import type { FilterQuery } from '@mikro-orm/core';
import { Operation, requireMay, scopeFilter } from '../account/policy.js';
import { NIL_UUID } from '../../common/queries.js';
import { findLocked } from '../../common/row-lock.js';

/** A comment the public may see: visible, on a public entry. */
export function visibleCommentWhere(now: Date): FilterQuery<Comment> {
  return { status: CommentStatus.VISIBLE, entry: publicEntryWhere(now) };
}

async function visibleComment(em: EntityManager, globalId: string, field: string[], now: Date): Promise<Comment> {
  const id = idOf(globalId, 'Comment');
  const comment = id ? await em.findOne(Comment, { $and: [{ id }, visibleCommentWhere(now)] }) : null;
  if (!comment) throw new UserInputError(CommonError.NotFound, field);
  return comment;
}

export async function createComment(participant: Participant, input: CommentCreateInput): Promise<Comment> {
  const account = requireParticipant(participant.viewer);
  const { now } = participant;
  const body = input.body.trim();
  if (!body) throw new UserInputError(CommentError.Empty, ['body']);
  return runOnce(participant, {
    operation: 'commentCreate',
    key: input.idempotencyKey,
    input,
    idOf: (comment) => comment.id,
    reload: (em, id) => em.findOneOrFail(Comment, id),
    before: () => enforceRateLimit(participant, 'comment'),
    act: async (em) => {
      const entry = await publicEntry(em, input.entry, ['entry'], now);
      requireOpenEntry(entry, now, ['entry']);
      let parent: Comment | null = null;
      if (input.parent) {
        parent = await visibleComment(em, input.parent, ['parent'], now);
        if (parent.entry.id !== entry.id) throw new UserInputError(CommentError.ParentElsewhere, ['parent']);
        if (parent.parent) throw new UserInputError(CommentError.ReplyDepth, ['parent']);
      }
      return em.create(Comment, {
        entry, notice: entry.notice, parent, author: account.id, authorName: maskName(account.displayName),
        body, stance: input.stance, createdAt: now, updatedAt: now,
      });
    },
  });
}

/** A report counts once per account; reporting again returns the comment unchanged. */
export async function reportComment(participant: Participant, input: CommentReportInput): Promise<Comment> {
  const account = participant.viewer.requireAccount();
  const { now } = participant;
  // Moderators decide on the reason, so a report without one would only fill their queue.
  const reason = input.reason.trim();
  if (!reason) throw new UserInputError(CommentError.ReportReasonRequired, ['reason']);
  const report = await runOnce<CommentReport>(participant, {
    operation: 'commentReport',
    key: input.idempotencyKey,
    input,
    idOf: (r) => r.id,
    reload: (em, id) => em.findOneOrFail(CommentReport, id),
    before: () => enforceRateLimit(participant, 'commentReport'),
    act: async (em) => {
      const found = await visibleComment(em, input.comment, ['comment'], now);
      // Locked and read again: reports made at once each add to the count (else one overwrote the other's), and a
      // comment hidden meanwhile takes no report.
      const comment = await findLocked(em, Comment, found.id);
      if (comment?.status !== CommentStatus.VISIBLE) throw new UserInputError(CommonError.NotFound, ['comment']);
      const earlier = await em.findOne(CommentReport, { comment, account: account.id });
      if (earlier) return earlier;
      comment.reportCount += 1;
      comment.lastReportedAt = now;
      comment.moderatedAt = null;
      return em.create(CommentReport, { comment, account: account.id, reason, createdAt: now });
    },
  });
  return participant.em.findOneOrFail(Comment, report.comment.id);
}

/** A comment by global id for a moderator reaching its notice's organization. */
async function moderatedComment({ em, viewer }: Actor, globalId: string): Promise<Comment> {
  const id = idOf(globalId, 'Comment');
  const comment = id ? await em.findOne(Comment, id, { populate: ['notice.organization', 'hiddenBy'] }) : null;
  if (!comment) throw new UserInputError(CommonError.NotFound, ['comment']);
  requireMay(viewer, Operation.COMMENT_MODERATE, comment.notice.getEntity().organization.getEntity());
  return comment;
}

export const moderationOf = (comment: Comment) => new CommentModeration(comment, comment.hiddenBy?.getEntity().displayName ?? null);

export async function hideComment(actor: Actor, input: CommentHideInput): Promise<CommentModeration> {
  const { em, viewer, now } = actor;
  const comment = await moderatedComment(actor, input.comment);
  const reason = input.reason.trim();
  if (!reason) throw new UserInputError(CommentError.ReasonRequired, ['reason']);
  if (comment.status === CommentStatus.HIDDEN) throw new UserInputError(CommentError.AlreadyHidden, ['comment']);
  const staff = viewer.requireAccount();
  Object.assign(comment, { status: CommentStatus.HIDDEN, hiddenAt: now, hiddenBy: ref(staff), hiddenReason: reason, moderatedAt: now });
  const line = audit(em, viewer, { subject: comment, action: 'comment.hide', from: CommentStatus.VISIBLE, to: CommentStatus.HIDDEN, reason, at: now });
  // The author hears it was hidden and why (each hiding once: un-hidden and hidden again is another).
  await notify(em, {
    kind: NotificationKind.COMMENT_HIDDEN, key: line.id, at: now, actor: staff.id, to: { author: [comment.author.id] },
    subject: { type: 'Comment', id: comment.id }, link: `/candidates/${toGlobalId('NoticeEntry', comment.entry.id)}`, params: { reason },
  });
  await em.flush();
  return moderationOf(comment);
}

/** Un-hiding clears the hide columns; who hid it, when and why stay in the audit log. */
export async function unhideComment(actor: Actor, globalId: string): Promise<CommentModeration> {
  const { em, viewer, now } = actor;
  const comment = await moderatedComment(actor, globalId);
  if (comment.status !== CommentStatus.HIDDEN) throw new UserInputError(CommentError.NotHidden, ['comment']);
  Object.assign(comment, { status: CommentStatus.VISIBLE, hiddenAt: null, hiddenBy: null, hiddenReason: null, moderatedAt: now });
  audit(em, viewer, { subject: comment, action: 'comment.unhide', from: CommentStatus.HIDDEN, to: CommentStatus.VISIBLE, at: now });
  await em.flush();
  return moderationOf(comment);
}

/** The moderator keeps the comment: its reports so far leave the queue. */
export async function dismissReports(actor: Actor, globalId: string): Promise<CommentModeration> {
  const { em, viewer, now } = actor;
  const comment = await moderatedComment(actor, globalId);
  comment.moderatedAt = now;
  audit(em, viewer, { subject: comment, action: 'comment.reports_dismiss', data: { reportCount: comment.reportCount }, at: now });
  await em.flush();
  return moderationOf(comment);
}

/** Comments on notices of the viewer's organizations, newest reports first. */
export async function moderationQueue(ctx: Context, filter: CommentModerationFilter, noticeId: string | null, page: PageArgs) {
  const where: FilterQuery<Comment>[] = [
    scopeFilter<Comment>(ctx.viewer, Operation.COMMENT_MODERATE, (like) => ({ notice: { organization: { path: like } } })),
  ];
  if (noticeId) where.push({ notice: idOf(noticeId, 'Notice') ?? NIL_UUID });
  if (filter === CommentModerationFilter.HIDDEN) where.push({ status: CommentStatus.HIDDEN });
  if (filter === CommentModerationFilter.REPORTED) {
    where.push({ status: CommentStatus.VISIBLE, reportCount: { $gt: 0 }, moderatedAt: null });
  }
  const window = pageWindow(page);
  const [items, count] = await ctx.em.findAndCount(Comment, { $and: where }, {
    populate: ['hiddenBy', 'entry.notice'], orderBy: [{ lastReportedAt: 'desc nulls last' }, { createdAt: 'desc' }, { id: 'asc' }],
    limit: window.limit + 1, offset: window.offset,
  });
  return toConnection(items.map(moderationOf), count, window);
}

/** The viewer's own comments and replies that the public still sees, newest first (their personal area). */
export async function viewerComments(ctx: Context, page: PageArgs) {
  const account = ctx.viewer.requireAccount();
  const window = pageWindow(page);
  const [items, count] = await ctx.em.findAndCount(Comment, { $and: [{ author: account.id }, visibleCommentWhere(ctx.services.clock.now())] }, {
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], limit: window.limit, offset: window.offset,
  });
  return toConnection(items, count, window);
}
