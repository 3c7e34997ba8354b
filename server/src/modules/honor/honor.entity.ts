import { Collection, Entity, Enum, ManyToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { EmployerKind } from '../organization/organization.enums.js';
import { HonorLevel, RecipientKind } from './honor.enums.js';

/**
 * An honor title (荣誉称号) of the catalogue. Eligibility rules are data: which recipients and
 * employer kinds it goes to, and which lower honors a candidate must already hold (any one of them).
 */
@Entity()
@ObjectType({ implements: BaseEntity })
export class Honor extends BaseEntity<'employerKinds'> {
  @Field({ description: 'Stable code, e.g. BJ_MODEL_WORKER.' }) @Property({ length: 40, unique: true })
  code!: string;

  @Field() @Property({ length: 100 })
  name!: string;

  @Field(() => HonorLevel) @Enum({ items: () => HonorLevel, nativeEnumName: 'honor_level' })
  level!: HonorLevel;

  @Field(() => RecipientKind) @Enum({ items: () => RecipientKind, nativeEnumName: 'recipient_kind' })
  recipientKind!: RecipientKind;

  @Field({ description: '享受劳模待遇' }) @Property()
  modelWorkerTreatment!: boolean;

  @Field(() => HonorLevel, { nullable: true, description: 'The level of model-worker treatment it carries.' })
  @Enum({ items: () => HonorLevel, nullable: true, nativeEnumName: 'honor_level' })
  treatmentLevel?: HonorLevel | null;

  @Field(() => [EmployerKind], { description: 'Employer kinds whose people may receive it; empty means any.' })
  @Enum({ items: () => EmployerKind, array: true, nativeEnumName: 'employer_kind' })
  employerKinds: EmployerKind[] = [];

  @ManyToMany(() => Honor, undefined, { owner: true, pivotTable: 'honor_prerequisite', joinColumn: 'honor_id', inverseJoinColumn: 'prerequisite_id' })
  prerequisites = new Collection<Honor>(this);

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  description?: string | null;
}
