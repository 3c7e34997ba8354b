import { Field, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { ConnectionType } from '../../common/relay/connection.js';
import { actionOptionType } from '../../common/workflow/action-option.type.js';
import { RecuperationBatch, RecuperationEnrolment, RecuperationPayRule } from './recuperation.entity.js';
import { CarePayer, RecuperationEnrolmentAction } from './recuperation.enums.js';

export const RecuperationBatchConnection = ConnectionType(RecuperationBatch);
export const RecuperationEnrolmentConnection = ConnectionType(RecuperationEnrolment);
export const RecuperationEnrolmentActionOption = actionOptionType('RecuperationEnrolmentActionOption', RecuperationEnrolmentAction);

@ObjectType({ description: 'What one payer bears of a place (yuan).' })
export class CostShare {
  @Field(() => CarePayer) payer!: CarePayer;
  @Field(() => Int) yuan!: number;
}

@ObjectType()
export class RecuperationBatchPayload extends Payload {
  @Field(() => RecuperationBatch, { nullable: true }) batch?: RecuperationBatch | null;
}

@ObjectType()
export class RecuperationEnrolmentPayload extends Payload {
  @Field(() => RecuperationEnrolment, { nullable: true }) enrolment?: RecuperationEnrolment | null;
}

@ObjectType()
export class RecuperationPayRulePayload extends Payload {
  @Field(() => RecuperationPayRule, { nullable: true }) rule?: RecuperationPayRule | null;
}
