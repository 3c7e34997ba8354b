import { Field, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { Viewer } from './viewer.type.js';
import { Account } from './account.entity.js';

@ObjectType()
export class VerificationCodeSendPayload extends Payload {
  @Field(() => Boolean, { nullable: true }) sent?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Seconds until another code may be asked for.' })
  retryAfterSeconds?: number | null;
}

@ObjectType()
export class AccountRegisterPayload extends Payload {
  @Field(() => Viewer, { nullable: true }) viewer?: Viewer | null;
}

@ObjectType()
export class SessionCreatePayload extends Payload {
  @Field(() => Viewer, { nullable: true }) viewer?: Viewer | null;
}

@ObjectType()
export class SessionDeletePayload extends Payload {
  @Field(() => Viewer, { nullable: true }) viewer?: Viewer | null;
}

@ObjectType()
export class StaffAccountCreatePayload extends Payload {
  @Field(() => Account, { nullable: true }) account?: Account | null;
}

@ObjectType()
export class AccountPasswordChangePayload extends Payload {
  @Field(() => Viewer, { nullable: true }) viewer?: Viewer | null;
  @Field(() => Int, { nullable: true, description: 'Other sessions of the account that were ended.' })
  endedSessions?: number | null;
}

@ObjectType()
export class AccountPasswordResetPayload extends Payload {
  @Field(() => Viewer, { nullable: true }) viewer?: Viewer | null;
}

@ObjectType()
export class SessionsEndOthersPayload extends Payload {
  @Field(() => Int, { nullable: true }) endedSessions?: number | null;
}
