import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from '../account/account.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { CarePairing } from './pairing.entity.js';
import { CareVisitReason, CareVisitorKind } from './visit.enums.js';

/** One of the six festivals (六大节日送温暖, seed 003) at which model workers are visited; data, in order of the year. */
@Entity()
@ObjectType({ implements: BaseEntity, description: '六大节日之一' })
export class CareFestival extends BaseEntity {
  @Field() @Property({ length: 40, unique: true }) code!: string;
  @Field() @Property({ length: 40 }) name!: string;
  @Field(() => Int) @Property() position!: number;
}

/**
 * A yearly visiting duty (分线走访, seed 003): visits by the listed kinds of visitor that each model worker
 * should have in a year — district-union staff at least once, grassroots cadres at least twice.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '年度走访要求' })
export class CareVisitQuota extends BaseEntity {
  @Field() @Property({ length: 40, unique: true }) code!: string;
  @Field() @Property({ length: 60 }) name!: string;
  @Field(() => [CareVisitorKind]) @Enum({ items: () => CareVisitorKind, array: true, nativeEnumName: 'care_visitor_kind' })
  visitorKinds!: CareVisitorKind[];
  @Field(() => Int) @Property() visitsPerYear!: number;
}

/**
 * A visit to a model worker (走访慰问). What was raised and its follow-up may be personal (health,
 * hardship): both are sealed at rest (common/sealed-text.ts) and reach only union offices in scope
 * through `CareVisit.raised` / `followUp`; no public type refers to a visit.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '走访慰问记录（个人信息，仅限工会经办人员）' })
export class CareVisit extends BaseEntity<'raisedSealed' | 'followUpSealed' | 'followUpDoneAt' | 'followUpDoneBy' | 'festival' | 'pairing'> {
  @Index() @ManyToOne(() => ModelWorker, { ref: true })
  modelWorker!: Ref<ModelWorker>;

  /** The model worker's keeper when visited: whose offices see the record. */
  @Index() @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field({ description: 'Beijing date of the visit.' }) @Property({ type: 'date' }) visitedOn!: string;
  /** The Beijing year of `visitedOn`, what coverage counts by. */
  @Field(() => Int) @Property() year!: number;

  @Field() @Property({ length: 100 }) visitorName!: string;
  @Field(() => CareVisitorKind) @Enum({ items: () => CareVisitorKind, nativeEnumName: 'care_visitor_kind' })
  visitorKind!: CareVisitorKind;

  @Field(() => CareVisitReason) @Enum({ items: () => CareVisitReason, nativeEnumName: 'care_visit_reason' })
  reason!: CareVisitReason;

  @ManyToOne(() => CareFestival, { ref: true, nullable: true }) festival?: Ref<CareFestival> | null;
  /** The pairing the visitor came by, when they are the model worker's paired contact. */
  @ManyToOne(() => CarePairing, { ref: true, nullable: true }) pairing?: Ref<CarePairing> | null;

  @Property({ type: 'text', nullable: true }) raisedSealed?: string | null;
  @Property({ type: 'text', nullable: true }) followUpSealed?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) followUpDoneAt?: Date | null;
  @ManyToOne(() => Account, { ref: true, nullable: true }) followUpDoneBy?: Ref<Account> | null;

  @ManyToOne(() => Account, { ref: true }) recordedBy!: Ref<Account>;
}
