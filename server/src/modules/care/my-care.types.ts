import { Field, ObjectType } from 'type-graphql';
import { HonorLevel } from '../honor/honor.enums.js';
import { HealthCheckBookingState } from './health-check.enums.js';

@ObjectType({ description: 'Where the model worker stands for care: level, last recuperation, this year’s health check.' })
export class CareStatus {
  @Field() name!: string;
  @Field(() => HonorLevel, { nullable: true, description: 'Treatment level; null: no title carrying treatment.' }) level!: HonorLevel | null;
  @Field() inPost!: boolean;
  @Field(() => String, { nullable: true }) lastRecuperatedOn!: string | null;
  @Field({ description: 'In post, entitled, and two years or more without a recuperation.' }) recuperationOverdue!: boolean;
  @Field(() => HealthCheckBookingState, { nullable: true }) healthCheckThisYear!: HealthCheckBookingState | null;
}
