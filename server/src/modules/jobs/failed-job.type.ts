import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/relay/connection.js';

@ObjectType('FailedJob', { description: 'A scheduled or deferred job that failed its last attempt (administrators).' })
export class FailedJob {
  @Field({ description: "The queue's id of the job." }) id!: string;
  @Field({ description: 'Which job (common/jobs/job-names.ts), e.g. suggestion-escalation.' }) name!: string;
  @Field(() => Date, { description: 'When its last attempt failed.' }) failedAt!: Date;
  @Field({ description: 'The error of the last attempt.' }) error!: string;
  @Field(() => Int, { description: 'Attempts made, retries included.' }) attempts!: number;
}

export const FailedJobConnection = ConnectionType(FailedJob);
