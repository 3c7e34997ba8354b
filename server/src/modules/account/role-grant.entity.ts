import { Entity, Enum, ManyToOne, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Role } from './role.js';
import type { Account } from './account.entity.js';

/** A role held in one organization; it reaches that organization and everything below it, never sideways. */
@Entity()
@Unique({ properties: ['account', 'role', 'organization'] })
@ObjectType({ implements: BaseEntity })
export class RoleGrant extends BaseEntity {
  @ManyToOne('Account', { ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Field(() => Role) @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @ManyToOne(() => Organization, { ref: true, nullable: true, eager: true })
  organization?: Ref<Organization> | null;
}
