import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OmitOrGive } from '../../common/update-input.js';
import { CampaignStatus, ObjectionIdentityPolicy, StructureBound, StructureDimension, VoteTallyVisibility } from './campaign.enums.js';
import { IsCalendarDate } from '../../common/validation/calendar-date.js';


@InputType()
export class CampaignQuotaInput {
  @Field(() => ID) organization!: string;
  @Field(() => Int) @Min(0) @Max(10_000) seats!: number;
}

@InputType()
export class StructureRuleInput {
  @Field(() => StructureDimension) dimension!: StructureDimension;
  @Field(() => StructureBound) bound!: StructureBound;
  @Field(() => Int) @Min(0) @Max(100) percent!: number;
}

/** Everything a campaign is set up with; the edit page sends it whole. */
@InputType()
export class CampaignSettingsInput {
  @Field() @Length(2, 200) name!: string;
  @Field(() => Int) @Min(2000) @Max(2100) year!: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(4000) description?: string;
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(20) honors!: string[];
  @Field() @IsCalendarDate() nominationOpensOn!: string;
  @Field() @IsCalendarDate() nominationClosesOn!: string;
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate() conferOn?: string;
  @Field(() => Int, { defaultValue: 5 }) @Min(1) @Max(30) unitNoticeWorkingDays!: number;
  @Field(() => Int, { defaultValue: 5 }) @Min(1) @Max(30) districtNoticeWorkingDays!: number;
  @Field(() => Int, { defaultValue: 7 }) @Min(1) @Max(30) cityNoticeWorkingDays!: number;
  @Field(() => ObjectionIdentityPolicy, { defaultValue: ObjectionIdentityPolicy.ENCOURAGED }) objectionIdentity!: ObjectionIdentityPolicy;
  @Field({ defaultValue: false }) votingEnabled!: boolean;
  @Field(() => Date, { nullable: true }) votingOpensAt?: Date | null;
  @Field(() => Date, { nullable: true }) votingClosesAt?: Date | null;
  @Field(() => Int, { defaultValue: 10 }) @Min(1) @Max(100) votesPerAccount!: number;
  @Field(() => VoteTallyVisibility, { defaultValue: VoteTallyVisibility.AFTER_CLOSE }) voteTallyVisibility!: VoteTallyVisibility;
  @Field(() => [CampaignQuotaInput], { defaultValue: [] }) @ArrayMaxSize(200) @ValidateNested({ each: true }) quotas!: CampaignQuotaInput[];
  @Field(() => [StructureRuleInput], { defaultValue: [] }) @ArrayMaxSize(20) @ValidateNested({ each: true }) structureRules!: StructureRuleInput[];
}

@InputType()
export class CampaignCreateInput extends CampaignSettingsInput {
  @Field(() => ID, { description: 'The organizing union (usually the city federation).' }) organizer!: string;
}

/**
 * A change of a campaign: every field left out stays as it is; `quotas` and `structureRules`, when
 * given, replace the whole list. Null clears the fields that may be empty (description, dates).
 */
@InputType()
export class CampaignUpdateInput {
  @Field(() => ID) campaign!: string;
  @Field(() => CampaignStatus, { nullable: true }) @OmitOrGive() status?: CampaignStatus;
  @Field({ nullable: true }) @OmitOrGive() @Length(2, 200) name?: string;
  @Field(() => Int, { nullable: true }) @OmitOrGive() @Min(2000) @Max(2100) year?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000) description?: string | null;
  @Field(() => [ID], { nullable: true }) @OmitOrGive() @ArrayMinSize(1) @ArrayMaxSize(20) honors?: string[];
  @Field({ nullable: true }) @OmitOrGive() @IsCalendarDate() nominationOpensOn?: string;
  @Field({ nullable: true }) @OmitOrGive() @IsCalendarDate() nominationClosesOn?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() conferOn?: string | null;
  @Field(() => Int, { nullable: true }) @OmitOrGive() @Min(1) @Max(30) unitNoticeWorkingDays?: number;
  @Field(() => Int, { nullable: true }) @OmitOrGive() @Min(1) @Max(30) districtNoticeWorkingDays?: number;
  @Field(() => Int, { nullable: true }) @OmitOrGive() @Min(1) @Max(30) cityNoticeWorkingDays?: number;
  @Field(() => ObjectionIdentityPolicy, { nullable: true }) @OmitOrGive() objectionIdentity?: ObjectionIdentityPolicy;
  @Field({ nullable: true }) @OmitOrGive() votingEnabled?: boolean;
  @Field(() => Date, { nullable: true }) votingOpensAt?: Date | null;
  @Field(() => Date, { nullable: true }) votingClosesAt?: Date | null;
  @Field(() => Int, { nullable: true }) @OmitOrGive() @Min(1) @Max(100) votesPerAccount?: number;
  @Field(() => VoteTallyVisibility, { nullable: true }) @OmitOrGive() voteTallyVisibility?: VoteTallyVisibility;
  @Field(() => [CampaignQuotaInput], { nullable: true, description: 'Replaces every quota when given.' })
  @OmitOrGive() @ArrayMaxSize(200) @ValidateNested({ each: true }) quotas?: CampaignQuotaInput[];
  @Field(() => [StructureRuleInput], { nullable: true, description: 'Replaces every structure rule when given.' })
  @OmitOrGive() @ArrayMaxSize(20) @ValidateNested({ each: true }) structureRules?: StructureRuleInput[];
}
