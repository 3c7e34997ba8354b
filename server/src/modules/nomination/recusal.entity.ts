import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Account } from '../account/account.entity.js';
import { RecusalReason } from './nomination.enums.js';
import type { Nomination } from './nomination.entity.js';

/** A reviewer who may not decide a file: declared by them, or recorded when they came from the candidate's unit. */
@Entity()
@Unique({ properties: ['nomination', 'reviewer'] })
@ObjectType({ implements: BaseEntity })
export class Recusal extends BaseEntity {
  @ManyToOne('Nomination', { ref: true, deleteRule: 'cascade' })
  nomination!: Ref<Nomination>;

  @ManyToOne(() => Account, { ref: true })
  reviewer!: Ref<Account>;

  @Field(() => RecusalReason) @Enum({ items: () => RecusalReason, nativeEnumName: 'recusal_reason' })
  reason!: RecusalReason;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  note?: string | null;
}
