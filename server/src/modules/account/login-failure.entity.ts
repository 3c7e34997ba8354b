import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A failed sign-in, counted per login name and per address to throttle guessing. */
@Entity()
@Index({ properties: ['key', 'at'] })
export class LoginFailure {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 120 })
  key!: string;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();
}
