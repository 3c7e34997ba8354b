import { Field, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { ConnectionType } from '../../common/relay/connection.js';
import { actionOptionType } from '../../common/workflow/action-option.type.js';
import { Nomination } from './nomination.entity.js';
import { NominationAction, NominationState } from './nomination.enums.js';

export const NominationConnection = ConnectionType(Nomination);
export const NominationActionOption = actionOptionType('NominationActionOption', NominationAction);

@ObjectType({ description: 'A step the file reached, for the timeline shown to the person who filed it.' })
export class NominationTimelineStep {
  @Field(() => NominationState) state!: NominationState;
  @Field() at!: Date;
}

@ObjectType({ description: 'Files waiting at one step for the viewer’s level, with what can be done there.' })
export class WorkbenchQueue {
  @Field(() => NominationState) state!: NominationState;
  @Field(() => [NominationAction]) actions!: NominationAction[];
  @Field(() => Int) count!: number;
}

@ObjectType()
export class NominationIdNumberRevealPayload extends Payload {
  @Field(() => String, { nullable: true }) idNumber?: string | null;
}

@ObjectType()
export class NominationPayload extends Payload {
  @Field(() => Nomination, { nullable: true }) nomination?: Nomination | null;
}
