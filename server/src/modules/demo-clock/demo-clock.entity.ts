import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The demo clock's one row: how many days the demo runs ahead of the real date. Kept in the database
 * (not in memory) so every request and every server process sees the same demo date. Only read
 * outside production.
 */
@Entity({ tableName: 'demo_clock' })
export class DemoClock {
  @PrimaryKey({ type: 'smallint' })
  id: number = DemoClock.ROW;

  @Property({ type: 'int' })
  offsetDays: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  movedAt: Date | null = null;

  static readonly ROW = 1;
}
