import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { SuggestionAnswerOutcome, SuggestionChannel, SuggestionField, SuggestionRating, SuggestionReferralKind } from './suggestion.enums.js';

@InputType()
export class SuggestionSubmitInput {
  @Field() @Length(4, 100)
  title!: string;

  @Field(() => SuggestionField)
  field!: SuggestionField;

  @Field({ description: '问题与现状' }) @Length(10, 5000)
  problem!: string;

  @Field({ description: '建议内容' }) @Length(10, 5000)
  proposal!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Other model workers asked to co-sign; each confirms.' }) @ArrayMaxSize(20)
  coSigners!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Uploaded attachments (POST /api/attachments).' }) @ArrayMaxSize(10)
  attachments!: string[];

  @Field({ defaultValue: false, description: 'The author agrees that the suggestion and its answer may be published.' })
  publishConsent!: boolean;
}

@InputType({ description: 'A letter or visit entered by union staff on the model worker’s behalf.' })
export class SuggestionEnterInput extends SuggestionSubmitInput {
  @Field(() => ID, { description: 'The model worker (ModelWorker) who made it.' })
  author!: string;

  @Field(() => SuggestionChannel, { description: 'LETTER or IN_PERSON.' })
  channel!: SuggestionChannel;

  @Field({ description: 'Beijing date received, YYYY-MM-DD (a letter: its postmark).' })
  receivedOn!: string;
}

@InputType()
class SuggestionRefInput {
  @Field(() => ID)
  suggestion!: string;
}

@InputType()
class SuggestionNoteInput extends SuggestionRefInput {
  @Field({ nullable: true }) @IsOptional() @MaxLength(1000)
  note?: string;
}

@InputType()
class SuggestionReasonInput extends SuggestionRefInput {
  @Field() @Length(2, 1000)
  reason!: string;
}

@InputType() export class SuggestionAcceptInput extends SuggestionNoteInput {}
@InputType() export class SuggestionDeclineInput extends SuggestionReasonInput {}
@InputType() export class SuggestionFeedBackInput extends SuggestionNoteInput {}
@InputType() export class SuggestionMarkAdoptedInput extends SuggestionNoteInput {}
@InputType() export class SuggestionCommendInput extends SuggestionNoteInput {}
@InputType() export class SuggestionPublishInput extends SuggestionRefInput {}
@InputType() export class SuggestionUnpublishInput extends SuggestionReasonInput {}

@InputType()
export class SuggestionAssignInput extends SuggestionNoteInput {
  @Field(() => ID, { description: 'A department, or a union office, within the viewer’s scope.' })
  handler!: string;
}

@InputType()
export class SuggestionTransferInput extends SuggestionReasonInput {
  @Field(() => ID)
  handler!: string;
}

@InputType()
export class SuggestionAnswerInput extends SuggestionRefInput {
  @Field(() => SuggestionAnswerOutcome)
  outcome!: SuggestionAnswerOutcome;

  @Field({ description: 'What will be done, or why not.' }) @Length(10, 5000)
  content!: string;
}

@InputType()
export class SuggestionRateInput extends SuggestionRefInput {
  @Field(() => SuggestionRating, { description: 'DISSATISFIED reopens the suggestion once for a second answer.' })
  rating!: SuggestionRating;

  @Field({ nullable: true }) @IsOptional() @MaxLength(1000)
  comment?: string;
}

@InputType()
export class SuggestionReferInput extends SuggestionRefInput {
  @Field(() => SuggestionReferralKind)
  kind!: SuggestionReferralKind;

  @Field({ description: 'Number of the motion or proposal, e.g. 第0123号.' }) @Length(1, 100)
  reference!: string;
}

@InputType()
export class SuggestionCoSignRespondInput extends SuggestionRefInput {
  @Field({ description: 'true confirms the co-signature, false declines it.' })
  confirm!: boolean;
}

@InputType()
export class SuggestionConsentSetInput extends SuggestionRefInput {
  @Field({ description: 'Withdrawing consent also takes a published suggestion down.' })
  consent!: boolean;
}
