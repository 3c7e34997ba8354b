import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Account } from '../account/account.entity.js';
import { HonorLevel } from '../honor/honor.enums.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { CareVisitorKind } from './visit.enums.js';

/**
 * 分级联系 (seed 003): which kind of person a model worker of a level is paired with — national with a
 * district leader, provincial with a district-union leader, district with a grassroots cadre. One row
 * per level; administrators keep it like the grant rules.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '结对联系规则：劳模层级对应的联系人' })
export class CarePairingRule extends BaseEntity {
  @Field(() => HonorLevel) @Enum({ items: () => HonorLevel, nativeEnumName: 'honor_level', unique: true })
  level!: HonorLevel;

  @Field(() => CareVisitorKind) @Enum({ items: () => CareVisitorKind, nativeEnumName: 'care_visitor_kind' })
  partnerKind!: CareVisitorKind;
}

/**
 * A one-to-one pairing (一对一结对联系) and its contact card (劳模联系卡). Never deleted: ending one sets
 * `endedOn`, so the history stays; at most one open pairing per model worker (a partial unique index).
 * `organization` is the model worker's keeper when paired, which decides who lists it; the offices over the
 * model worker now end it (pairing.service.ts), also after the record moved to another keeper.
 */
@Entity()
@ObjectType({ implements: BaseEntity, description: '结对联系（工会经办人员在管辖范围内可见）' })
export class CarePairing extends BaseEntity<'endedOn' | 'endReason' | 'endedBy'> {
  @ManyToOne(() => ModelWorker, { ref: true })
  modelWorker!: Ref<ModelWorker>;

  @Index() @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => HonorLevel, { description: 'The model worker’s level the rule was applied at.' })
  @Enum({ items: () => HonorLevel, nativeEnumName: 'honor_level' })
  level!: HonorLevel;

  @Field(() => CareVisitorKind) @Enum({ items: () => CareVisitorKind, nativeEnumName: 'care_visitor_kind' })
  partnerKind!: CareVisitorKind;

  @Field() @Property({ length: 60 }) partnerName!: string;
  @Field() @Property({ length: 100 }) partnerPost!: string;
  @Field() @Property({ length: 20 }) partnerPhone!: string;

  @Field({ description: 'Beijing date.' }) @Property({ type: 'date' }) startedOn!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) endedOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) endReason?: string | null;

  @ManyToOne(() => Account, { ref: true }) createdBy!: Ref<Account>;
  @ManyToOne(() => Account, { ref: true, nullable: true }) endedBy?: Ref<Account> | null;
}
