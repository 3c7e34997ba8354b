import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** A one-time code sent to a phone; stored hashed, expires, and allows a few attempts. */
@Entity()
@Index({ properties: ['phone', 'createdAt'] })
export class VerificationCode {
  [OptionalProps]?: 'createdAt' | 'attempts';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 20 })
  phone!: string;

  @Property({ length: 20 })
  purpose!: string;

  @Property({ length: 64 })
  codeHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property()
  attempts: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  consumedAt?: Date | null;
}
