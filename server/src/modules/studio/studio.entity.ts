import { Check, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { StudioField, StudioIndustry, StudioLevel, StudioStatus } from './studio.enums.js';

/**
 * A model worker's innovation studio (劳模创新工作室). Every `@Field` here is public once the studio is
 * certified; certification evidence, assessments, reviews and members' contacts are reached only
 * through `Studio.certification`, whose resolver checks the viewer.
 */
@Entity()
@Index({ properties: ['status', 'district'] })
// A model worker leads at most one studio that has not lost its title.
@Unique({ name: 'studio_leader_live_unique', expression: `create unique index "studio_leader_live_unique" on "studio" ("leader_id") where "status" <> 'REVOKED'` })
@Check({ name: 'studio_amounts_check', expression: '"venue_area" >= 0 and "annual_funding" >= 0' })
@ObjectType({ implements: BaseEntity, description: '劳模创新工作室' })
export class Studio extends BaseEntity<'status' | 'certifiedOn' | 'district'> {
  @Field() @Property({ length: 100 })
  name!: string;

  @Field(() => StudioLevel) @Enum({ items: () => StudioLevel, nativeEnumName: 'studio_level' })
  level!: StudioLevel;

  @Field(() => StudioStatus) @Enum({ items: () => StudioStatus, nativeEnumName: 'studio_status' })
  status: StudioStatus = StudioStatus.DRAFT;

  /** The employer's union the studio belongs to; scope checks use its path. */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  /** The district, industry or bureau union above the organization: the listing's district filter. */
  @ManyToOne(() => Organization, { ref: true, nullable: true })
  district?: Ref<Organization> | null;

  @Field(() => StudioIndustry) @Enum({ items: () => StudioIndustry, nativeEnumName: 'studio_industry' })
  industry!: StudioIndustry;

  @Field(() => StudioField) @Enum({ items: () => StudioField, nativeEnumName: 'studio_field' })
  field!: StudioField;

  @ManyToOne(() => ModelWorker, { ref: true })
  leader!: Ref<ModelWorker>;

  @Field() @Property({ type: 'text' })
  introduction!: string;

  @Field({ description: 'Where the studio works.' }) @Property({ length: 200 })
  venue!: string;

  @Field({ description: 'Equipment and facilities, in words.' }) @Property({ type: 'text' })
  facilities!: string;

  @Field(() => Int, { description: 'Floor area in square metres.' }) @Property()
  venueArea!: number;

  @Field(() => Int, { description: 'Funding per year, in yuan.' }) @Property()
  annualFunding!: number;

  @Field({ description: 'Who funds it, in words.' }) @Property({ length: 200 })
  fundingSource!: string;

  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' })
  foundedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the day it was certified.' }) @Property({ type: 'date', nullable: true })
  certifiedOn?: string | null;
}
