import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Account } from '../account/account.entity.js';

/**
 * A public mutation's idempotency key. The unique (account, key) pair is what makes a retry safe:
 * only one request claims the pair; the others wait for its result (see `idempotency.ts`).
 * A row with no result yet is a claim in progress; rows expire after a day.
 */
@Entity()
@Unique({ properties: ['account', 'key'] })
export class IdempotencyKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Property({ length: 100 })
  key!: string;

  /** The mutation that used the key; the same key for another mutation is refused. */
  @Property({ length: 60 })
  operation!: string;

  /** SHA-256 of the first request's input: the same key with another input is refused. */
  @Property({ length: 64, nullable: true })
  fingerprint?: string | null;

  /** The object the first request produced (a comment, an objection, a vote, a report). */
  @Property({ type: 'uuid', nullable: true })
  resultId?: string | null;

  @Property({ type: 'timestamptz' })
  @Index()
  createdAt: Date = new Date();
}
