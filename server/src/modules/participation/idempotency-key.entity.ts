import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Account } from '../account/account.entity.js';

/**
 * A public mutation's idempotency key. The unique (account, key) pair is what makes a retry safe:
 * the second insert of the pair waits for the first transaction and then finds its result.
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

  /** The object the first request produced (a comment, an objection, a vote, a report). */
  @Property({ type: 'uuid', nullable: true })
  resultId?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
