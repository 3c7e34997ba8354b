import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorker } from './model-worker.entity.js';
import { RegistryReportKind } from './registry.enums.js';

/**
 * A death or a serious violation, reported at once by the keeper rather than at the yearly update
 * (seed 002). It lands in the queue of every office above the keeper — district and city — because
 * their scopes are subtrees that hold the keeper (registryReports).
 */
@Entity()
@Index({ properties: ['createdAt'] })
@ObjectType({ implements: BaseEntity, description: 'A death or serious violation reported to the offices above the keeper (staff only).' })
export class ModelWorkerReport extends BaseEntity {
  @ManyToOne(() => ModelWorker, { ref: true, deleteRule: 'cascade' })
  modelWorker!: Ref<ModelWorker>;

  /** The keeper when it was reported, so the report stays where it was sent if the record moves later. */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => RegistryReportKind) @Enum({ items: () => RegistryReportKind, nativeEnumName: 'registry_report_kind' })
  kind!: RegistryReportKind;

  @Field({ description: 'Beijing date it happened (YYYY-MM-DD).' }) @Property({ type: 'date' })
  occurredOn!: string;

  @Field() @Property({ type: 'text' })
  details!: string;

  @Field(() => String, { nullable: true, description: 'Who reported it, by name as it was.' }) @Property({ length: 60, nullable: true })
  reportedByName?: string | null;
}
