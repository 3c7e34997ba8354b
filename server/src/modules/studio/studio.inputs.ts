import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { OmitOrGive } from '../../common/update-input.js';
import { StudioField, StudioHave, StudioIndustry, StudioJudgement, StudioLevel, StudioProjectStatus, StudioResultKind, StudioReviewOutcome } from './studio.enums.js';
import { IsCalendarDate } from '../../common/validation/calendar-date.js';


@InputType({ description: 'A model worker applies for their own studio; it starts as a draft.' })
export class StudioCreateInput {
  @Field() @Length(2, 100) name!: string;
  @Field(() => StudioLevel) level!: StudioLevel;
  @Field(() => StudioIndustry) industry!: StudioIndustry;
  @Field(() => StudioField) field!: StudioField;
  @Field() @Length(1, 2000) introduction!: string;
  @Field() @Length(1, 200) venue!: string;
  @Field() @Length(1, 2000) facilities!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100_000) venueArea!: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1_000_000_000) annualFunding!: number;
  @Field() @Length(1, 200) fundingSource!: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() foundedOn!: string;
}

@InputType()
export class StudioUpdateInput {
  @Field(() => ID) studio!: string;
  @Field({ nullable: true }) @OmitOrGive() @Length(2, 100) name?: string;
  @Field(() => StudioLevel, { nullable: true, description: 'Only while the studio is a draft.' }) @OmitOrGive() level?: StudioLevel | null;
  @Field(() => StudioIndustry, { nullable: true }) @OmitOrGive() industry?: StudioIndustry | null;
  @Field(() => StudioField, { nullable: true }) @OmitOrGive() field?: StudioField | null;
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 2000) introduction?: string;
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 200) venue?: string;
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 2000) facilities?: string;
  @Field(() => Int, { nullable: true }) @OmitOrGive() @IsInt() @Min(0) @Max(100_000) venueArea?: number;
  @Field(() => Int, { nullable: true }) @OmitOrGive() @IsInt() @Min(0) @Max(1_000_000_000) annualFunding?: number;
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 200) fundingSource?: string;
  @Field({ nullable: true }) @OmitOrGive() @IsCalendarDate() foundedOn?: string;
}

@InputType()
export class StudioMemberAddInput {
  @Field(() => ID) studio!: string;
  @Field() @Length(1, 60) name!: string;
  @Field() @Length(1, 60) role!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(100) post?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^1\d{10}$/) phone?: string;
}

@InputType()
export class StudioMemberRemoveInput {
  @Field(() => ID) member!: string;
}

@InputType()
export class StudioProjectAddInput {
  @Field(() => ID) studio!: string;
  @Field() @Length(1, 200) title!: string;
  @Field() @Length(1, 2000) goal!: string;
  @Field(() => StudioProjectStatus) status!: StudioProjectStatus;
  @Field() @IsCalendarDate() startsOn!: string;
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate() endsOn?: string;
}

@InputType()
export class StudioProjectUpdateInput {
  @Field(() => ID) project!: string;
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 200) title?: string;
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 2000) goal?: string;
  @Field(() => StudioProjectStatus, { nullable: true }) @OmitOrGive() status?: StudioProjectStatus | null;
  @Field({ nullable: true }) @OmitOrGive() @IsCalendarDate() startsOn?: string;
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate() endsOn?: string;
}

@InputType()
export class StudioResultAddInput {
  @Field(() => ID) studio!: string;
  @Field() @Length(1, 200) title!: string;
  @Field(() => StudioResultKind) kind!: StudioResultKind;
  @Field() @IsCalendarDate() achievedOn!: string;
  @Field() @Length(1, 2000) benefit!: string;
  @Field(() => Int, { nullable: true, description: 'Money saved or earned, in yuan, where known.' })
  @IsOptional() @IsInt() @Min(0) @Max(2_000_000_000) valueYuan?: number | null;
}

@InputType()
export class StudioResultRemoveInput {
  @Field(() => ID) result!: string;
}

@InputType()
export class StudioEvidenceSaveInput {
  @Field(() => ID) studio!: string;
  @Field(() => StudioHave) have!: StudioHave;
  @Field() @Length(1, 2000) evidence!: string;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(10) attachments!: string[];
}

@InputType()
export class StudioCriterionAssessInput {
  @Field(() => ID) studio!: string;
  @Field(() => StudioHave) have!: StudioHave;
  @Field(() => StudioJudgement) judgement!: StudioJudgement;
  @Field({ nullable: true }) @IsOptional() @MaxLength(1000) note?: string;
}

/** A step of the lifecycle that needs nothing but the studio and, for some steps, a reason. */
@InputType()
export class StudioStepInput {
  @Field(() => ID) studio!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(1000) reason?: string;
}

@InputType() export class StudioSubmitInput extends StudioStepInput {}
@InputType() export class StudioCertifyInput extends StudioStepInput {}
@InputType({ description: 'The reason is required.' }) export class StudioReturnInput extends StudioStepInput {}
@InputType() export class StudioRectificationAcceptInput extends StudioStepInput {}
@InputType({ description: 'The reason is required.' }) export class StudioRevokeInput extends StudioStepInput {}

@InputType()
export class StudioReviewInput {
  @Field(() => ID) studio!: string;
  @Field(() => Int) @IsInt() year!: number;
  @Field(() => StudioReviewOutcome) outcome!: StudioReviewOutcome;
  @Field({ nullable: true, description: 'The review’s comment; required unless the outcome is PASS.' }) @IsOptional() @MaxLength(1000) reason?: string;
}
