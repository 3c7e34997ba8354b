import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { HealthCheckBookingAction } from './health-check.enums.js';
import { OmitOrGive } from '../../common/update-input.js';
import { budgetOverrideField } from './care-money.inputs.js';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A batch of health checks at a venue.' })
export class HealthCheckBatchCreateInput {
  @Field() @Length(2, 100) name!: string;
  @Field() @Length(2, 200) venue!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Matches(ISO_DATE) startsOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Matches(ISO_DATE) endsOn!: string;
  @Field(() => Int) @Min(1) @Max(10_000) capacity!: number;
  @Field(() => ID, { nullable: true, description: 'The organizing union; omitted: the viewer’s own office.' }) @IsOptional() organizer?: string | null;
}

@InputType({ description: 'Book a place in a batch; the model worker is omitted when booking for oneself.' })
export class HealthCheckBookInput {
  @Field(() => ID) batch!: string;
  @Field(() => ID, { description: 'The HealthCheckPackage (by the model worker’s level).' }) package!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() modelWorker?: string | null;
}

@InputType({ description: 'Record attendance or absence, or cancel; attending may carry the venue’s conclusion (sealed).' })
export class HealthCheckBookingStepInput {
  @Field(() => ID) booking!: string;
  @Field(() => HealthCheckBookingAction) action!: HealthCheckBookingAction;
  @Field(() => String, { nullable: true, description: '体检结论 (health information, kept sealed).' }) @IsOptional() @MaxLength(2000) result?: string | null;
  @budgetOverrideField() budgetOverrideReason?: string | null;
}

@InputType({ description: 'Change a package; fields left out stay as they are.' })
export class HealthCheckPackageUpdateInput {
  @Field(() => ID) package!: string;
  @Field(() => Int, { nullable: true }) @OmitOrGive() @Min(1) @Max(100_000) priceYuan?: number;
  @Field(() => Int, { nullable: true }) @OmitOrGive() @Min(0) @Max(100) unitSharePercent?: number;
  @Field({ nullable: true }) @OmitOrGive() active?: boolean;
}

@InputType({ description: 'A health check the model worker had at another hospital this year (recorded by the office over them).' })
export class HealthCheckElsewhereRecordInput {
  @Field(() => ID, { description: 'The ModelWorker.' }) modelWorker!: string;
  @Field({ description: 'YYYY-MM-DD, Beijing; not after today.' }) @Matches(ISO_DATE) checkedOn!: string;
  @Field() @Length(2, 100) hospital!: string;
}
