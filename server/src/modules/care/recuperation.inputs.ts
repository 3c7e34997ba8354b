import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { CarePayer, RecuperationArrangement, RecuperationEnrolmentAction } from './recuperation.enums.js';
import { ISO_DATE } from './health-check.inputs.js';
import { OmitOrGive } from '../../common/update-input.js';
import { budgetOverrideField } from './care-money.inputs.js';

@InputType({ description: 'A recuperation batch; who pays what comes from the arrangement’s rule.' })
export class RecuperationBatchCreateInput {
  @Field() @Length(2, 100) name!: string;
  @Field() @Length(2, 100) destination!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Matches(ISO_DATE) startsOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Matches(ISO_DATE) endsOn!: string;
  @Field(() => Int) @Min(1) @Max(10_000) capacity!: number;
  @Field(() => RecuperationArrangement) arrangement!: RecuperationArrangement;
  @Field(() => Int, { description: 'Transport per person (yuan).' }) @Min(0) @Max(1_000_000) transportYuan!: number;
  @Field(() => Int, { description: 'Everything else per person (yuan).' }) @Min(0) @Max(1_000_000) restYuan!: number;
  @Field(() => ID, { nullable: true, description: 'The organizing union; omitted: the viewer’s own office.' }) @IsOptional() organizer?: string | null;
}

@InputType({ description: 'Enrol in a batch; the model worker is omitted when enrolling oneself.' })
export class RecuperationEnrolInput {
  @Field(() => ID) batch!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() modelWorker?: string | null;
}

@InputType({ description: 'Give the batch’s places to the applicants, the longest without a recuperation first.' })
export class RecuperationAllocateInput {
  @Field(() => ID) batch!: string;
  @budgetOverrideField() budgetOverrideReason?: string | null;
}

@InputType({ description: 'Record attendance or absence, or withdraw.' })
export class RecuperationEnrolmentStepInput {
  @Field(() => ID) enrolment!: string;
  @Field(() => RecuperationEnrolmentAction) action!: RecuperationEnrolmentAction;
}

@InputType({ description: 'The participant’s feedback after the recuperation.' })
export class RecuperationFeedbackInput {
  @Field(() => ID) enrolment!: string;
  @Field(() => Int, { description: '1–5' }) @Min(1) @Max(5) rating!: number;
  @Field() @Length(2, 2000) text!: string;
}

@InputType({ description: 'Change who pays what for an arrangement; fields left out stay as they are.' })
export class RecuperationPayRuleUpdateInput {
  @Field(() => ID) rule!: string;
  @Field(() => CarePayer, { nullable: true }) @OmitOrGive() transportPayer?: CarePayer;
  @Field(() => CarePayer, { nullable: true }) @OmitOrGive() restPayer?: CarePayer;
}
