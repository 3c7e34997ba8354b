import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { RecipientKind } from '../honor/honor.enums.js';
import { Gender } from '../registry/registry.enums.js';
import { NominationAction, SignOffDepartment } from './nomination.enums.js';
import { OmitOrGive } from '../../common/update-input.js';
import { IsCalendarDate } from '../../common/validation/calendar-date.js';


/** The candidate's file as the form edits it; sent whole on every save. */
@InputType()
export class NominationFileInput {
  @Field(() => ID) honor!: string;
  @Field(() => RecipientKind, { defaultValue: RecipientKind.INDIVIDUAL }) recipientKind!: RecipientKind;
  @Field() @Length(1, 100) candidateName!: string;
  @Field(() => Gender, { nullable: true }) gender?: Gender | null;
  @Field() @Length(1, 200) employerName!: string;
  @Field() @Length(1, 100) post!: string;
  @Field({ description: 'Public deeds summary, at most 500 characters.' }) @MaxLength(500) publicSummary!: string;
  @Field({ description: 'Full deeds, at most 2,000 characters.' }) @MaxLength(2000) deeds!: string;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(20) honorsHeld!: string[];
  @Field({ defaultValue: false }) frontLine!: boolean;
  @Field({ defaultValue: false }) technical!: boolean;
  @Field({ defaultValue: false }) grassroots!: boolean;
  @Field({ defaultValue: false }) enterpriseHead!: boolean;
  @Field({ defaultValue: false }) cadre!: boolean;
  @Field({ defaultValue: false }) youth!: boolean;
  @Field({ defaultValue: false }) minority!: boolean;
  @Field({ defaultValue: false }) nonParty!: boolean;
  @Field({ nullable: true }) @IsOptional() @Matches(/^\d{17}[\dX]$/) idNumber?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^1\d{10}$/) phone?: string;
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate() birthDate?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(20) ethnicity?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(30) politicalStatus?: string;
  @Field({ defaultValue: false, description: "The candidate's consent to publication of the public fields." }) consentToPublish!: boolean;
  @Field(() => [ID], { defaultValue: [] }) attachments!: string[];
}

@InputType()
export class NominationCreateInput extends NominationFileInput {
  @Field(() => ID) campaign!: string;
  @Field(() => ID, { nullable: true, description: "The candidate's grassroots union; an employee's own unit when omitted." }) unit?: string;
  @Field({ defaultValue: false, description: 'The candidate is the employee filing it (自荐).' }) self!: boolean;
}

/**
 * A correction of the file: every field left out stays as it is; `honorsHeld`, when given, replaces the
 * list; `attachments` adds files; null clears the personal fields that may be empty. Consent to
 * publication may be given here, never withdrawn: that is `nominationPublicationConsentWithdraw`.
 */
@InputType()
export class NominationUpdateInput {
  @Field(() => ID) nomination!: string;
  @Field(() => ID, { nullable: true }) @OmitOrGive() honor?: string;
  @Field(() => RecipientKind, { nullable: true }) @OmitOrGive() recipientKind?: RecipientKind;
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 100) candidateName?: string;
  @Field(() => Gender, { nullable: true }) gender?: Gender | null;
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 200) employerName?: string;
  @Field({ nullable: true }) @OmitOrGive() @Length(1, 100) post?: string;
  @Field({ nullable: true }) @OmitOrGive() @MaxLength(500) publicSummary?: string;
  @Field({ nullable: true }) @OmitOrGive() @MaxLength(2000) deeds?: string;
  @Field(() => [ID], { nullable: true }) @OmitOrGive() @ArrayMaxSize(20) honorsHeld?: string[];
  @Field({ nullable: true }) @OmitOrGive() frontLine?: boolean;
  @Field({ nullable: true }) @OmitOrGive() technical?: boolean;
  @Field({ nullable: true }) @OmitOrGive() grassroots?: boolean;
  @Field({ nullable: true }) @OmitOrGive() enterpriseHead?: boolean;
  @Field({ nullable: true }) @OmitOrGive() cadre?: boolean;
  @Field({ nullable: true }) @OmitOrGive() youth?: boolean;
  @Field({ nullable: true }) @OmitOrGive() minority?: boolean;
  @Field({ nullable: true }) @OmitOrGive() nonParty?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{17}[\dX]$/) idNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^1\d{10}$/) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() birthDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) ethnicity?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(30) politicalStatus?: string | null;
  @Field({ nullable: true, description: 'true gives the consent; false is refused while it is given (withdrawing is its own action).' })
  @OmitOrGive() consentToPublish?: boolean;
  @Field(() => [ID], { nullable: true }) @OmitOrGive() attachments?: string[];
}

@InputType()
export class NominationIdNumberRevealInput {
  @Field(() => ID) nomination!: string;
}

@InputType()
export class NominationPublicationConsentWithdrawInput {
  @Field(() => ID) nomination!: string;
  @Field({ nullable: true, description: "The candidate's words, if any; kept in the file's history." }) @IsOptional() @MaxLength(500) reason?: string;
}

@InputType()
export class NominationTransitionInput {
  @Field(() => ID) nomination!: string;
  @Field(() => NominationAction) action!: NominationAction;
  @Field({ nullable: true }) @IsOptional() @MaxLength(2000) reason?: string;
}

@InputType()
export class NominationRecommendationInput {
  @Field(() => ID) nomination!: string;
  @Field() @IsCalendarDate() heldOn!: string;
  @Field(() => Int) @Min(1) @Max(100_000) delegates!: number;
  @Field(() => Int) @Min(0) @Max(100_000) present!: number;
  @Field(() => Int) @Min(0) @Max(100_000) votesFor!: number;
  @Field(() => Int) @Min(0) @Max(100_000) votesAgainst!: number;
  @Field(() => Int) @Min(0) @Max(100_000) abstaining!: number;
}

@InputType()
export class NominationDeedsReportInput {
  @Field(() => ID) nomination!: string;
  @Field() @IsCalendarDate() reportedOn!: string;
  @Field() @Length(1, 200) audience!: string;
  @Field() @Length(1, 4000) material!: string;
  @Field(() => [ID], { defaultValue: [] }) attachments!: string[];
}

@InputType()
export class NominationPartyConsentInput {
  @Field(() => ID) nomination!: string;
  @Field() @IsCalendarDate() consentedOn!: string;
  @Field() @Length(1, 200) committee!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(2000) note?: string;
}

@InputType()
export class NominationSignOffInput {
  @Field(() => ID) nomination!: string;
  @Field(() => SignOffDepartment) department!: SignOffDepartment;
  @Field() @IsCalendarDate() signedOn!: string;
  @Field() @Length(1, 2000) opinion!: string;
  @Field(() => [ID], { defaultValue: [] }) attachments!: string[];
}

@InputType()
export class NominationRecuseInput {
  @Field(() => ID) nomination!: string;
  @Field() @Length(1, 500) note!: string;
}
