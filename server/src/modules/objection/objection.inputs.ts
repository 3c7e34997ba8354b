import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { ObjectionChannel } from './objection.enums.js';

@InputType({ description: 'What an objector says; real name and contact are optional unless the campaign requires them.' })
class ObjectionStatement {
  @Field(() => ID, { description: 'The notice entry (candidate) objected to.' })
  entry!: string;

  @Field({ description: 'What is wrong, with the facts the office can check.' }) @Length(10, 2000)
  content!: string;

  @Field({ description: 'False for an anonymous objection, taken as a lead.' })
  realName!: boolean;

  @Field({ nullable: true }) @IsOptional() @MaxLength(60)
  objectorName?: string;

  @Field({ nullable: true }) @IsOptional() @MaxLength(100)
  objectorContact?: string;
}

@InputType()
export class ObjectionFileInput extends ObjectionStatement {
  @Field(() => [ID], { nullable: true, description: 'Evidence uploaded through /api/attachments.' }) @IsOptional() @ArrayMaxSize(10)
  attachments?: string[];

  @Field({ nullable: true }) @IsOptional() @Length(8, 100)
  idempotencyKey?: string;
}

@InputType({ description: 'An objection received by phone, letter or visit, entered by the office.' })
export class ObjectionEnterInput extends ObjectionStatement {
  @Field(() => ObjectionChannel)
  channel!: ObjectionChannel;

  @Field({ nullable: true, description: 'Letters: the postmark date (YYYY-MM-DD), which must fall within the period.' }) @IsOptional()
  postmarkOn?: string;

  @Field({ nullable: true, description: 'Phone and visits: the day received (YYYY-MM-DD), today when omitted.' }) @IsOptional()
  receivedOn?: string;
}

@InputType()
export class ObjectionInvestigationStartInput {
  @Field(() => ID)
  objection!: string;
}

@InputType()
export class ObjectionDecideInput {
  @Field(() => ID)
  objection!: string;

  @Field({ description: 'The written reply: what was checked and found.' }) @Length(1, 2000)
  reply!: string;
}
