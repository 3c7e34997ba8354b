import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsMobilePhone, Matches } from 'class-validator';
import { Payload } from '../../common/errors/user-error.type.js';
import { ModelWorker } from './model-worker.entity.js';

@InputType({ description: 'The signed-in person claims their registry record by the phone on it and a code sent there (purpose MODEL_WORKER_CLAIM).' })
export class ModelWorkerClaimInput {
  @Field() @IsMobilePhone('zh-CN') phone!: string;
  @Field() @Matches(/^\d{6}$/) code!: string;
}

@InputType({ description: 'Union staff link a record to the account registered on the person’s phone, for one who cannot claim it.' })
export class ModelWorkerAccountLinkInput {
  @Field(() => ID) modelWorker!: string;
  @Field({ description: 'The phone the person’s account is registered with.' }) @IsMobilePhone('zh-CN') accountPhone!: string;
}

@ObjectType() class ModelWorkerAccountPayload extends Payload { @Field(() => ModelWorker, { nullable: true }) modelWorker?: ModelWorker | null; }
@ObjectType() export class ModelWorkerClaimPayload extends ModelWorkerAccountPayload {}
@ObjectType() export class ModelWorkerAccountLinkPayload extends ModelWorkerAccountPayload {}
