import { Field, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { ConnectionType } from '../../common/relay/connection.js';
import { Suggestion } from './suggestion.entity.js';
import { SuggestionCoSigner } from './suggestion-co-signer.entity.js';
import { SuggestionAction, SuggestionChannel, SuggestionState } from './suggestion.enums.js';
import { actionOptionType } from '../../common/workflow/action-option.type.js';

export const SuggestionActionOption = actionOptionType('SuggestionActionOption', SuggestionAction);

/**
 * The handling file of a suggestion, for its parties only (author, co-signers, handler, union
 * staff in scope): `Suggestion.handling` is null for everyone else. Resolved from the Suggestion itself.
 */
@ObjectType({ description: 'How a suggestion is being handled; visible to its author, co-signers, handler and the union staff in scope.' })
export class SuggestionHandling {
  @Field(() => SuggestionState) state!: SuggestionState;
  @Field(() => SuggestionChannel) channel!: SuggestionChannel;
  @Field(() => String, { nullable: true, description: 'Last Beijing day (YYYY-MM-DD) of the step now owed, in working days.' })
  deadline?: string | null;
  @Field(() => String, { nullable: true }) declineReason?: string | null;
  @Field({ description: 'The author agrees to publication.' }) publishConsent!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Whether the first answer came within its deadline.' }) answeredOnTime?: boolean | null;
}

@ObjectType({ description: 'A year of the suggestion channel in numbers.' })
export class SuggestionYearStats {
  @Field(() => Int) year!: number;
  @Field(() => Int) received!: number;
  @Field(() => Int, { description: 'First answers given within their deadline.' }) answeredOnTime!: number;
  @Field(() => Int) adopted!: number;
  @Field(() => Int) published!: number;
}

export const SuggestionConnection = ConnectionType(Suggestion);
export const SuggestionCoSignerConnection = ConnectionType(SuggestionCoSigner);

/** One payload type per mutation, each carrying the suggestion as it is after the step. */
function suggestionPayload(name: string) {
  @ObjectType(name)
  class SuggestionPayload extends Payload {
    @Field(() => Suggestion, { nullable: true }) suggestion?: Suggestion | null;
  }
  return SuggestionPayload;
}

export const SuggestionSubmitPayload = suggestionPayload('SuggestionSubmitPayload');
export const SuggestionEnterPayload = suggestionPayload('SuggestionEnterPayload');
export const SuggestionAcceptPayload = suggestionPayload('SuggestionAcceptPayload');
export const SuggestionDeclinePayload = suggestionPayload('SuggestionDeclinePayload');
export const SuggestionAssignPayload = suggestionPayload('SuggestionAssignPayload');
export const SuggestionTransferPayload = suggestionPayload('SuggestionTransferPayload');
export const SuggestionAnswerPayload = suggestionPayload('SuggestionAnswerPayload');
export const SuggestionFeedBackPayload = suggestionPayload('SuggestionFeedBackPayload');
export const SuggestionRatePayload = suggestionPayload('SuggestionRatePayload');
export const SuggestionMarkAdoptedPayload = suggestionPayload('SuggestionMarkAdoptedPayload');
export const SuggestionReferPayload = suggestionPayload('SuggestionReferPayload');
export const SuggestionCommendPayload = suggestionPayload('SuggestionCommendPayload');
export const SuggestionPublishPayload = suggestionPayload('SuggestionPublishPayload');
export const SuggestionUnpublishPayload = suggestionPayload('SuggestionUnpublishPayload');
export const SuggestionCoSignRespondPayload = suggestionPayload('SuggestionCoSignRespondPayload');
export const SuggestionConsentSetPayload = suggestionPayload('SuggestionConsentSetPayload');
