import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Hits of one rate-limit key (e.g. `comment:account:<id>`) in one fixed window. Kept in PostgreSQL so
 * every server process shares the count; one upsert per check.
 */
@Entity()
export class RateLimitBucket {
  @PrimaryKey({ length: 160 })
  key!: string;

  @PrimaryKey({ type: 'timestamptz' })
  windowStart!: Date;

  @Property()
  hits!: number;
}
