import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/relay/connection.js';
import { Payload, UserError } from '../../common/errors/user-error.type.js';
import { Organization } from '../organization/organization.entity.js';
import { Studio } from './studio.entity.js';
import { StudioCriterion, StudioMember, StudioProject, StudioResult, StudioReview } from './studio-parts.entity.js';
import { StudioField, StudioIndustry, StudioLevel } from './studio.enums.js';
import type { StudioFilter } from './studio.search.js';
import { StudioAction } from './studio.workflow.js';
import { actionOptionType } from '../../common/workflow/action-option.type.js';

export const StudioActionOption = actionOptionType('StudioActionOption', StudioAction);

export const StudioConnection = ConnectionType(Studio);
export const StudioMemberConnection = ConnectionType(StudioMember);
export const StudioProjectConnection = ConnectionType(StudioProject);
export const StudioResultConnection = ConnectionType(StudioResult);

@ObjectType({ description: 'One page of the public studio list, with counts per facet under the same filters.' })
export class StudioListing extends StudioConnection {
  /** The filter the page was made with; the facets are counted under it. */
  filter!: StudioFilter;
}

@ObjectType() export class StudioLevelCount { @Field(() => StudioLevel) value!: StudioLevel; @Field(() => Int) count!: number; }
@ObjectType() export class StudioIndustryCount { @Field(() => StudioIndustry) value!: StudioIndustry; @Field(() => Int) count!: number; }
@ObjectType() export class StudioFieldCount { @Field(() => StudioField) value!: StudioField; @Field(() => Int) count!: number; }
@ObjectType() export class StudioDistrictCount { @Field(() => Organization) district!: Organization; @Field(() => Int) count!: number; }

@ObjectType({ description: 'For each facet, how many studios the list shows once that value is chosen (other filters kept).' })
export class StudioFacets {
  @Field(() => [StudioLevelCount]) levels!: StudioLevelCount[];
  @Field(() => [StudioDistrictCount]) districts!: StudioDistrictCount[];
  @Field(() => [StudioIndustryCount]) industries!: StudioIndustryCount[];
  @Field(() => [StudioFieldCount]) fields!: StudioFieldCount[];
}

@ObjectType({ description: 'A team member with the details only the studio’s lead and union staff see.' })
export class StudioMemberRecord {
  @Field(() => StudioMember) member!: StudioMember;
  @Field(() => String, { nullable: true }) post!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
}

@ObjectType({ description: 'The certification file of a studio: for its lead and the union staff over it, never the public.' })
export class StudioCertification {
  studio!: Studio;
  @Field(() => [StudioCriterion], { description: 'The six haves, in order; missing ones have no evidence yet.' }) criteria!: StudioCriterion[];
  @Field(() => [StudioReview], { description: 'Annual reviews, latest first.' }) reviews!: StudioReview[];
  @Field(() => [UserError], { description: 'The level rules the studio breaks today (empty when it meets them).' }) ruleBreaches!: UserError[];
  // `members(first, after)` and `history(first, after)` are connections, resolved in `StudioCertificationResolver`.
}

export const StudioMemberRecordConnection = ConnectionType(StudioMemberRecord);

@ObjectType() export class StudioPayload extends Payload { @Field(() => Studio, { nullable: true }) studio?: Studio | null; }
@ObjectType() export class StudioCreatePayload extends StudioPayload {}
@ObjectType() export class StudioUpdatePayload extends StudioPayload {}
@ObjectType() export class StudioMemberAddPayload extends StudioPayload { @Field(() => StudioMember, { nullable: true }) member?: StudioMember | null; }
@ObjectType() export class StudioMemberRemovePayload extends StudioPayload {}
@ObjectType() export class StudioProjectAddPayload extends StudioPayload { @Field(() => StudioProject, { nullable: true }) project?: StudioProject | null; }
@ObjectType() export class StudioProjectUpdatePayload extends StudioPayload { @Field(() => StudioProject, { nullable: true }) project?: StudioProject | null; }
@ObjectType() export class StudioResultAddPayload extends StudioPayload { @Field(() => StudioResult, { nullable: true }) result?: StudioResult | null; }
@ObjectType() export class StudioResultRemovePayload extends StudioPayload {}
@ObjectType() export class StudioEvidenceSavePayload extends StudioPayload {}
@ObjectType() export class StudioCriterionAssessPayload extends StudioPayload {}
@ObjectType() export class StudioSubmitPayload extends StudioPayload {}
@ObjectType() export class StudioReturnPayload extends StudioPayload {}
@ObjectType() export class StudioCertifyPayload extends StudioPayload {}
@ObjectType() export class StudioReviewPayload extends StudioPayload {}
@ObjectType() export class StudioRectificationAcceptPayload extends StudioPayload {}
@ObjectType() export class StudioRevokePayload extends StudioPayload {}
