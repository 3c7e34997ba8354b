import { Field, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { Objection } from './objection.entity.js';

@ObjectType({ description: 'Base of the objection payloads; not used on its own.' })
abstract class ObjectionPayload extends Payload {
  @Field(() => Objection, { nullable: true }) objection?: Objection | null;
}

@ObjectType() export class ObjectionFilePayload extends ObjectionPayload {}
@ObjectType() export class ObjectionEnterPayload extends ObjectionPayload {}
@ObjectType() export class ObjectionInvestigationStartPayload extends ObjectionPayload {}
@ObjectType() export class ObjectionUpholdPayload extends ObjectionPayload {}
@ObjectType() export class ObjectionDismissPayload extends ObjectionPayload {}
