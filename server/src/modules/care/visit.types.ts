import { Field, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../common/errors/user-error.type.js';
import { ConnectionType } from '../../common/relay/connection.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { CarePairing, CarePairingRule } from './pairing.entity.js';
import { CareFestival, CareVisit, CareVisitQuota } from './visit.entity.js';
import { CareVisitorKind } from './visit.enums.js';

export const CarePairingConnection = ConnectionType(CarePairing);
export const CareVisitConnection = ConnectionType(CareVisit);

@ObjectType({ description: '劳模联系卡: the paired contact as the model worker sees them.' })
export class CarePartnerCard {
  @Field(() => CareVisitorKind) kind!: CareVisitorKind;
  @Field() name!: string;
  @Field() post!: string;
  @Field() phone!: string;
  @Field() since!: string;
}

@ObjectType({ description: 'A model worker whose birthday falls in this Beijing week (staff in scope).' })
export class CareBirthday {
  @Field(() => ModelWorker) modelWorker!: ModelWorker;
  @Field({ description: 'The day this week (Beijing) it falls on.' }) birthday!: string;
  @Field(() => Int) age!: number;
  @Field({ description: 'Visited for the birthday this year already.' }) visited!: boolean;
  /** For the contact column: the open pairing, if any. */
  @Field(() => CarePairing, { nullable: true }) pairing?: CarePairing | null;
}
export const CareBirthdayConnection = ConnectionType(CareBirthday);

@ObjectType({ description: 'A model worker on a festival’s list, and whether they were visited for it that year.' })
export class CareFestivalEntry {
  @Field(() => ModelWorker) modelWorker!: ModelWorker;
  @Field() visited!: boolean;
  @Field(() => CarePairing, { nullable: true }) pairing?: CarePairing | null;
}
export const CareFestivalEntryConnection = ConnectionType(CareFestivalEntry);

@ObjectType({ description: 'One yearly visiting duty as it stands for a person.' })
export class CareQuotaStanding {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int) visits!: number;
  @Field(() => Int) required!: number;
  @Field() met!: boolean;
}

@ObjectType({ description: 'A model worker’s visits in a year against the duties (seed 003).' })
export class CareCoverageRow {
  @Field(() => ModelWorker) modelWorker!: ModelWorker;
  @Field() covered!: boolean;
  @Field(() => [CareQuotaStanding]) standings!: CareQuotaStanding[];
}
export const CareCoverageRowConnection = ConnectionType(CareCoverageRow);

@ObjectType({ description: 'How many model workers in scope were visited as the duties ask in a year.' })
export class CareCoverageSummary {
  @Field(() => Int) year!: number;
  @Field(() => Int) people!: number;
  @Field(() => Int) covered!: number;
  @Field(() => Int) uncovered!: number;
}

@ObjectType()
export class CarePairingPayload extends Payload {
  @Field(() => CarePairing, { nullable: true }) pairing?: CarePairing | null;
}

@ObjectType()
export class CareVisitPayload extends Payload {
  @Field(() => CareVisit, { nullable: true }) visit?: CareVisit | null;
}

@ObjectType()
export class CarePairingRulePayload extends Payload {
  @Field(() => CarePairingRule, { nullable: true }) rule?: CarePairingRule | null;
}

@ObjectType()
export class CareVisitQuotaPayload extends Payload {
  @Field(() => CareVisitQuota, { nullable: true }) quota?: CareVisitQuota | null;
}

@ObjectType()
export class CareFestivalPayload extends Payload {
  @Field(() => CareFestival, { nullable: true }) festival?: CareFestival | null;
}
