import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsMobilePhone, IsOptional, Matches, MaxLength } from 'class-validator';
import { OmitOrGive } from '../../common/update-input.js';
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

@InputType({ description: 'The model worker keeps their own public profile (劳模风采): consent to it, and its deeds summary.' })
export class ModelWorkerProfileUpdateInput {
  @Field({ nullable: true, description: 'Consent to a public profile (PIPL art. 25); withdrawing it takes the profile down at once.' }) @OmitOrGive()
  profileConsent?: boolean;
  @Field(() => String, { nullable: true, description: 'About 500 characters; null clears it.' }) @IsOptional() @MaxLength(500)
  deedsSummary?: string | null;
}

@ObjectType() export class ModelWorkerProfileUpdatePayload extends ModelWorkerAccountPayload {
  @Field(() => Boolean, { nullable: true }) profileConsent?: boolean | null;
}

@ObjectType({ description: 'The signed-in model worker’s own record, as they keep its public side.' })
export class ModelWorkerOwnRecord {
  @Field(() => ModelWorker) modelWorker!: ModelWorker;
  @Field({ description: 'Whether they consent to a public profile.' }) profileConsent!: boolean;
  @Field(() => String, { nullable: true, description: 'The deeds summary, shown on the profile once they consent.' }) deedsSummary!: string | null;
}
