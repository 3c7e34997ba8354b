import { Field, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { ConnectionType } from '../../common/relay/connection.js';
import { actionOptionType } from '../../common/workflow/action-option.type.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { HealthCheckBatch, HealthCheckBooking, HealthCheckElsewhere, HealthCheckPackage } from './health-check.entity.js';
import { HealthCheckBookingAction } from './health-check.enums.js';

export const HealthCheckBatchConnection = ConnectionType(HealthCheckBatch);
export const HealthCheckBookingConnection = ConnectionType(HealthCheckBooking);
export const HealthCheckBookingActionOption = actionOptionType('HealthCheckBookingActionOption', HealthCheckBookingAction);

/** One entitled model worker missing a service: no health check this year, or no recuperation for two years. */
@ObjectType({ description: '未体检或逾期未疗休养的劳模' })
export class CareGap {
  @Field(() => ModelWorker) modelWorker!: ModelWorker;
  @Field(() => Organization) organization!: Organization;
  @Field(() => HonorLevel) level!: HonorLevel;
  @Field(() => String, { nullable: true, description: 'The last time (recuperation: the last day of the last one attended).' }) lastOn!: string | null;
}
export const CareGapConnection = ConnectionType(CareGap);

@ObjectType()
export class HealthCheckBatchPayload extends Payload {
  @Field(() => HealthCheckBatch, { nullable: true }) batch?: HealthCheckBatch | null;
}

@ObjectType()
export class HealthCheckBookingPayload extends Payload {
  @Field(() => HealthCheckBooking, { nullable: true }) booking?: HealthCheckBooking | null;
}

@ObjectType()
export class HealthCheckPackagePayload extends Payload {
  @Field(() => HealthCheckPackage, { nullable: true }) package?: HealthCheckPackage | null;
}

@ObjectType({ description: 'How full a batch is.' })
export class BatchPlaces {
  @Field(() => Int) taken!: number;
  @Field(() => Int) left!: number;
}

@ObjectType()
export class HealthCheckElsewherePayload extends Payload {
  @Field(() => HealthCheckElsewhere, { nullable: true }) record?: HealthCheckElsewhere | null;
}
