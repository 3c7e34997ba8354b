import { Field, ID, InputType } from 'type-graphql';
import { Length, MaxLength } from 'class-validator';
import { RevocationAction } from './revocation.enums.js';

@InputType({ description: 'A union office over the person reports an honor on record for revocation (退出机制).' })
export class HonorRevocationReportInput {
  @Field(() => ID, { description: 'The honor held (ModelWorkerHonor).' }) held!: string;
  @Field({ description: 'What the person did: the grounds for revocation.' }) @Length(1, 2000) reason!: string;
}

@InputType()
export class HonorRevocationStepInput {
  @Field(() => ID) revocation!: string;
  @Field(() => RevocationAction) action!: RevocationAction;
  @Field(() => String, { nullable: true, description: 'Required to revoke or dismiss.' }) @MaxLength(2000) reason?: string | null;
}
