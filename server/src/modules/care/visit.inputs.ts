import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { OmitOrGive } from '../../common/update-input.js';
import { CareVisitReason, CareVisitorKind } from './visit.enums.js';

const PHONE = /^[0-9+\-() ]{5,20}$/;

@InputType({ description: 'Pair a model worker with a contact (一对一结对); the kind must be the one the rules give their level.' })
export class CarePairingCreateInput {
  @Field(() => ID, { description: 'The model worker (ModelWorker).' }) modelWorker!: string;
  @Field(() => CareVisitorKind) partnerKind!: CareVisitorKind;
  @Field() @Length(1, 60) partnerName!: string;
  @Field({ description: 'The contact’s post, e.g. 区委副书记.' }) @Length(1, 100) partnerPost!: string;
  @Field({ description: 'The phone the model worker reaches them on (the contact card).' }) @Matches(PHONE) partnerPhone!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, Beijing; today when omitted.' }) @IsOptional() startedOn?: string | null;
}

@InputType({ description: 'End a pairing; it stays in the history.' })
export class CarePairingEndInput {
  @Field(() => ID) pairing!: string;
  @Field() @Length(2, 500) reason!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, Beijing; today when omitted.' }) @IsOptional() endedOn?: string | null;
}

@InputType({ description: 'A visit to a model worker. What was raised and its follow-up are sealed at rest.' })
export class CareVisitRecordInput {
  @Field(() => ID, { description: 'The model worker (ModelWorker).' }) modelWorker!: string;
  @Field({ description: 'YYYY-MM-DD, Beijing.' }) visitedOn!: string;
  @Field() @Length(1, 100) visitorName!: string;
  @Field(() => CareVisitorKind) visitorKind!: CareVisitorKind;
  @Field(() => CareVisitReason) reason!: CareVisitReason;
  @Field(() => ID, { nullable: true, description: 'The festival (CareFestival) of a festival visit.' }) @IsOptional() festival?: string | null;
  @Field(() => String, { nullable: true, description: '反映的问题 (personal: sealed).' }) @IsOptional() @MaxLength(2000) raised?: string | null;
  @Field(() => String, { nullable: true, description: '跟进事项 (sealed).' }) @IsOptional() @MaxLength(2000) followUp?: string | null;
}

@InputType()
export class CareVisitFollowUpDoneInput {
  @Field(() => ID) visit!: string;
}

@InputType({ description: 'Change which kind of contact a level is paired with (administrators).' })
export class CarePairingRuleUpdateInput {
  @Field(() => ID) rule!: string;
  @Field(() => CareVisitorKind) partnerKind!: CareVisitorKind;
}

@InputType({ description: 'Change a yearly visiting duty; fields left out stay as they are (administrators).' })
export class CareVisitQuotaUpdateInput {
  @Field(() => ID) quota!: string;
  @Field({ nullable: true }) @OmitOrGive() @Length(2, 60) name?: string;
  @Field(() => [CareVisitorKind], { nullable: true, description: 'The kinds of visitor whose visits count towards it.' })
  @OmitOrGive() @ArrayMinSize(1) @ArrayMaxSize(4) @ArrayUnique() visitorKinds?: CareVisitorKind[];
  @Field(() => Int, { nullable: true, description: 'Visits a model worker should have a year.' }) @OmitOrGive() @Min(1) @Max(52) visitsPerYear?: number;
}

@InputType({ description: 'Rename or move one of the festivals; fields left out stay as they are (administrators).' })
export class CareFestivalUpdateInput {
  @Field(() => ID) festival!: string;
  @Field({ nullable: true }) @OmitOrGive() @Length(2, 40) name?: string;
  @Field(() => Int, { nullable: true, description: 'Its place in the year’s order (1 first).' }) @OmitOrGive() @Min(1) @Max(99) position?: number;
}
