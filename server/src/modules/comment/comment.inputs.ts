import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { CommentModerationFilter, CommentStance, COMMENT_MAX_LENGTH } from './comment.enums.js';

@InputType()
export class CommentCreateInput {
  @Field(() => ID, { description: 'The notice entry (candidate) commented on.' })
  entry!: string;

  @Field(() => ID, { nullable: true, description: 'The comment replied to; replies go one level deep.' })
  parent?: string | null;

  @Field({ description: `Plain text, at most ${COMMENT_MAX_LENGTH} characters.` }) @Length(1, COMMENT_MAX_LENGTH)
  body!: string;

  @Field(() => CommentStance)
  stance!: CommentStance;

  @Field({ nullable: true, description: 'Makes retries safe: the same key from the same account acts once.' }) @IsOptional() @Length(8, 100)
  idempotencyKey?: string;
}

@InputType()
export class CommentReportInput {
  @Field(() => ID)
  comment!: string;

  @Field({ description: 'Why the comment should be looked at (1–200 characters): moderators decide on it.' }) @MaxLength(200)
  reason!: string;

  @Field({ nullable: true }) @IsOptional() @Length(8, 100)
  idempotencyKey?: string;
}

@InputType()
export class CommentHideInput {
  @Field(() => ID)
  comment!: string;

  @Field() @Length(1, 300)
  reason!: string;
}

@InputType()
export class CommentUnhideInput {
  @Field(() => ID)
  comment!: string;
}

@InputType()
export class CommentReportsDismissInput {
  @Field(() => ID)
  comment!: string;
}

export { CommentModerationFilter };
