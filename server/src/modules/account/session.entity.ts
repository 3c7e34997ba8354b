import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Account } from './account.entity.js';

/** A signed-in browser. The cookie carries a random token; only its SHA-256 is stored. */
@Entity()
export class Session {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ length: 64 })
  tokenHash!: string;

  @ManyToOne('Account', { ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Index() @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
