import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Account } from '../account/account.entity.js';

/**
 * One recorded change: who, when, what, from which state to which, and why. Append-only: a database
 * trigger (migration `Migration20261121000000_foundation`) refuses every UPDATE and DELETE.
 */
@Entity()
@Index({ properties: ['subjectType', 'subjectId', 'at'] })
@ObjectType({ description: 'A line of the audit log; staff read it on the file it concerns.' })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field() @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @ManyToOne(() => Account, { ref: true, nullable: true, deleteRule: 'no action' })
  actor?: Ref<Account> | null;

  /** The actor's name as it was, so renaming an account never rewrites history. */
  @Field(() => String, { nullable: true }) @Property({ length: 60, nullable: true })
  actorName?: string | null;

  @Property({ length: 60 })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field() @Property({ length: 80 })
  action!: string;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  fromState?: string | null;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  toState?: string | null;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  data?: Record<string, unknown> | null;
}
