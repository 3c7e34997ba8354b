import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { NoticeStage } from './notice.enums.js';

@InputType()
export class NoticePublishInput {
  @Field(() => ID) campaign!: string;
  @Field(() => NoticeStage) stage!: NoticeStage;
  @Field(() => ID, { description: 'The unit (UNIT), the district or system union (DISTRICT) or the organizer (CITY).' }) organization!: string;
  @Field(() => [ID], { description: 'The candidates, in the order the notice lists them.' }) @ArrayMinSize(1) @ArrayMaxSize(500) nominations!: string[];
  @Field({ nullable: true }) @IsOptional() @Length(2, 200) title?: string;
  @Field({ nullable: true, description: "The organization's public contact when omitted." }) @IsOptional() @MaxLength(300) objectionContact?: string;
}
