import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { EmployerKind, OrganizationKind } from './organization.enums.js';

/**
 * A union or employer in the tree city → district/industry/bureau → grassroots. The tree is public
 * (notices name employers, listings filter by district); managing it is scoped.
 */
@Entity()
@ObjectType({ implements: BaseEntity })
export class Organization extends BaseEntity {
  @Field() @Property({ length: 200 })
  name!: string;

  @Field(() => String, { nullable: true }) @Property({ length: 60, nullable: true })
  shortName?: string | null;

  @Field(() => OrganizationKind) @Enum({ items: () => OrganizationKind, nativeEnumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Field(() => EmployerKind, { nullable: true }) @Enum({ items: () => EmployerKind, nullable: true, nativeEnumName: 'employer_kind' })
  employerKind?: EmployerKind | null;

  @ManyToOne(() => Organization, { nullable: true, ref: true })
  parent?: Ref<Organization> | null;

  /** Materialized path of ids, `/root/…/self/`: subtree checks are a prefix test, no recursion. */
  @Index() @Property({ type: 'text' })
  path!: string;

  @Field(() => String, { nullable: true, description: 'Public office contact (phone, address), e.g. for objections.' })
  @Property({ length: 300, nullable: true })
  contact?: string | null;

  /** Whether `other` is this organization or lies below it. */
  contains(other: { path: string }): boolean {
    return other.path.startsWith(this.path);
  }
}
