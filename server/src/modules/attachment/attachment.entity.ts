import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Account } from '../account/account.entity.js';

/**
 * A file uploaded to the server (deeds material, evidence, suggestion annexes). The bytes live in
 * PostgreSQL, so a backup or a transaction covers them with the record they belong to. An upload
 * is unclaimed until a feature attaches it to its object (`ownerType`/`ownerId`).
 */
@Entity()
@Index({ properties: ['ownerType', 'ownerId'] })
@ObjectType({ implements: BaseEntity })
export class Attachment extends BaseEntity<'ownerType' | 'ownerId'> {
  @Field() @Property({ length: 200 })
  name!: string;

  @Field() @Property({ length: 100 })
  contentType!: string;

  @Field(() => Int) @Property()
  size!: number;

  @Property({ length: 64 })
  sha256!: string;

  @ManyToOne(() => Account, { ref: true })
  uploadedBy!: Ref<Account>;

  @Property({ length: 60, nullable: true })
  ownerType?: string | null;

  @Property({ type: 'uuid', nullable: true })
  ownerId?: string | null;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;
}
