import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { HonorLevel, RecipientKind } from './honor.enums.js';
import { EmployerKind } from '../organization/organization.enums.js';
import { OmitOrGive } from '../../common/update-input.js';

@InputType()
export class HonorCreateInput {
  @Field() @Matches(/^[A-Z][A-Z0-9_]{1,39}$/)
  code!: string;

  @Field() @Length(1, 100)
  name!: string;

  @Field(() => HonorLevel)
  level!: HonorLevel;

  @Field(() => RecipientKind)
  recipientKind!: RecipientKind;

  @Field()
  modelWorkerTreatment!: boolean;

  @Field(() => HonorLevel, { nullable: true })
  treatmentLevel?: HonorLevel | null;

  @Field(() => [EmployerKind], { defaultValue: [] })
  employerKinds!: EmployerKind[];

  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(20)
  prerequisites!: string[];

  @Field({ nullable: true }) @IsOptional() @MaxLength(2000)
  description?: string;
}

@InputType()
export class HonorUpdateInput {
  @Field(() => ID)
  honor!: string;

  @Field({ nullable: true }) @OmitOrGive() @Length(1, 100)
  name?: string;

  @Field({ nullable: true }) @OmitOrGive()
  modelWorkerTreatment?: boolean;

  @Field(() => HonorLevel, { nullable: true })
  treatmentLevel?: HonorLevel | null;

  @Field(() => [EmployerKind], { nullable: true }) @OmitOrGive()
  employerKinds?: EmployerKind[];

  @Field(() => [ID], { nullable: true }) @OmitOrGive() @ArrayMaxSize(20)
  prerequisites?: string[];

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000)
  description?: string | null;
}
