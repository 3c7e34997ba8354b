import { Field, Int, ObjectType } from 'type-graphql';
import { Comment } from './comment.entity.js';
import { CommentStatus } from './comment.enums.js';

/**
 * A comment as a moderator sees it: its state, reports, and who hid it, when and why. Only built by
 * staff-scoped queries and mutations, never reachable from the public comment type.
 */
@ObjectType({ description: 'Moderation view of a comment (staff reaching the notice’s organization).' })
export class CommentModeration {
  constructor(comment: Comment, hiddenByName: string | null) {
    this.comment = comment;
    this.status = comment.status;
    this.reportCount = comment.reportCount;
    this.lastReportedAt = comment.lastReportedAt ?? null;
    this.hiddenAt = comment.hiddenAt ?? null;
    this.hiddenReason = comment.hiddenReason ?? null;
    this.hiddenByName = hiddenByName;
  }

  @Field(() => Comment) comment: Comment;
  @Field(() => CommentStatus) status: CommentStatus;
  @Field(() => Int) reportCount: number;
  @Field(() => Date, { nullable: true }) lastReportedAt: Date | null;
  @Field(() => Date, { nullable: true }) hiddenAt: Date | null;
  @Field(() => String, { nullable: true }) hiddenReason: string | null;
  @Field(() => String, { nullable: true, description: 'The staff member who hid it.' }) hiddenByName: string | null;
}
