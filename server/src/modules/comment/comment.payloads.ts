import { Field, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { Comment } from './comment.entity.js';
import { CommentModeration } from './comment-moderation.type.js';

@ObjectType()
export class CommentCreatePayload extends Payload {
  @Field(() => Comment, { nullable: true }) comment?: Comment | null;
}

@ObjectType()
export class CommentReportPayload extends Payload {
  @Field(() => Comment, { nullable: true }) comment?: Comment | null;
}

@ObjectType({ description: 'Base of the moderation payloads; not used on its own.' })
abstract class CommentModerationPayload extends Payload {
  @Field(() => CommentModeration, { nullable: true }) moderation?: CommentModeration | null;
}

@ObjectType() export class CommentHidePayload extends CommentModerationPayload {}
@ObjectType() export class CommentUnhidePayload extends CommentModerationPayload {}
@ObjectType() export class CommentReportsDismissPayload extends CommentModerationPayload {}
