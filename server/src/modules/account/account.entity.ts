import { Collection, Entity, Enum, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { AccountKind } from './account.enums.js';
import { RoleGrant } from './role-grant.entity.js';

/**
 * A person who signs in. Only `displayName`, `kind` and `createdAt` are plain fields; the phone is
 * shown masked and only to the account itself and staff in scope (see account.resolver.ts), and the
 * password hash never leaves the server.
 */
@Entity()
@ObjectType({ implements: BaseEntity })
export class Account extends BaseEntity<'disabled' | 'mustChangePassword'> {
  @Field() @Property({ length: 60 })
  displayName!: string;

  @Field(() => AccountKind) @Enum({ items: () => AccountKind, nativeEnumName: 'account_kind' })
  kind!: AccountKind;

  @Property({ length: 60, nullable: true, unique: true })
  username?: string | null;

  /** Mainland mobile number, 11 digits; unique so one number is one account. */
  @Property({ length: 20, nullable: true, unique: true })
  phone?: string | null;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property()
  disabled: boolean = false;

  /** Set when someone else chose the password (a staff account made by an administrator); see viewerOf. */
  @Property()
  mustChangePassword: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  lastSignedInAt?: Date | null;

  @OneToMany(() => RoleGrant, (g) => g.account, { orphanRemoval: true })
  roleGrants = new Collection<RoleGrant>(this);
}
