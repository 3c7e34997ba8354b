import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsMobilePhone, IsOptional, Length, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Role } from './role.js';

export enum VerificationPurpose {
  REGISTER = 'REGISTER',
  PASSWORD_RESET = 'PASSWORD_RESET',
  MODEL_WORKER_CLAIM = 'MODEL_WORKER_CLAIM',
}
registerEnumType(VerificationPurpose, {
  name: 'VerificationPurpose',
  valuesConfig: { REGISTER: { description: '注册 registration' }, PASSWORD_RESET: { description: '找回密码 resetting a forgotten password' },
    MODEL_WORKER_CLAIM: { description: '认领劳模档案 claiming one’s registry record by the phone on record' },
  },
});

const PASSWORD_MIN = 8;

@InputType()
export class VerificationCodeSendInput {
  @Field() @IsMobilePhone('zh-CN')
  phone!: string;

  @Field(() => VerificationPurpose)
  purpose!: VerificationPurpose;
}

@InputType()
export class AccountRegisterInput {
  @Field() @IsMobilePhone('zh-CN')
  phone!: string;

  @Field() @Matches(/^\d{6}$/)
  code!: string;

  @Field() @Length(1, 30)
  displayName!: string;

  @Field() @MinLength(PASSWORD_MIN) @MaxLength(128)
  password!: string;

  @Field({ description: 'The user accepted the terms and the personal-information policy (PIPL).' })
  acceptTerms!: boolean;
}

@InputType()
export class SessionCreateInput {
  @Field({ description: 'Phone number or username.' }) @Length(1, 60)
  login!: string;

  @Field() @Length(1, 128)
  password!: string;
}

@InputType()
export class SessionDeleteInput {
  @Field({ nullable: true, description: 'Unused; the session is the one of the request.' })
  clientMutationId?: string;
}

@InputType()
export class RoleGrantInput {
  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for every role but PUBLIC.' })
  organization?: string | null;
}

@InputType()
export class StaffAccountCreateInput {
  @Field() @Matches(/^[a-z][a-z0-9_.-]{2,39}$/)
  username!: string;

  @Field() @Length(1, 30)
  displayName!: string;

  @Field() @MinLength(PASSWORD_MIN) @MaxLength(128)
  password!: string;

  @Field({ nullable: true }) @IsOptional() @IsMobilePhone('zh-CN')
  phone?: string;

  @Field(() => [RoleGrantInput]) @ArrayMaxSize(10) @ValidateNested({ each: true })
  roleGrants!: RoleGrantInput[];
}

@InputType()
export class AccountPasswordChangeInput {
  @Field() @Length(1, 128)
  currentPassword!: string;

  @Field() @MinLength(PASSWORD_MIN) @MaxLength(128)
  newPassword!: string;
}

@InputType()
export class AccountPasswordResetInput {
  @Field() @IsMobilePhone('zh-CN')
  phone!: string;

  @Field() @Matches(/^\d{6}$/)
  code!: string;

  @Field() @MinLength(PASSWORD_MIN) @MaxLength(128)
  newPassword!: string;
}

@InputType()
export class SessionsEndOthersInput {
  @Field({ nullable: true, description: 'Unused; the sessions ended are the viewer’s other ones.' })
  clientMutationId?: string;
}
