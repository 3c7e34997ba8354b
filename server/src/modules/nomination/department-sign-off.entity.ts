import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { SignOffDepartment } from './nomination.enums.js';
import type { Nomination } from './nomination.entity.js';

/** A department's written opinion on a candidate who heads an enterprise or holds cadre rank. */
@Entity()
@Unique({ properties: ['nomination', 'department'] })
@ObjectType({ implements: BaseEntity })
export class DepartmentSignOff extends BaseEntity {
  @ManyToOne('Nomination', { ref: true, deleteRule: 'cascade' })
  nomination!: Ref<Nomination>;

  @Field(() => SignOffDepartment) @Enum({ items: () => SignOffDepartment, nativeEnumName: 'sign_off_department' })
  department!: SignOffDepartment;

  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' })
  signedOn!: string;

  @Field() @Property({ type: 'text' })
  opinion!: string;
}
