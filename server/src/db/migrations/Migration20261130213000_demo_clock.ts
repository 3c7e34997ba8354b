import { Migration } from '@mikro-orm/migrations';

/** The demo clock's single row (see modules/demo-clock): it never runs behind the real date. */
export class Migration20261130213000_demo_clock extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "demo_clock" ("id" smallint not null default 1, "offset_days" int not null default 0, "moved_at" timestamptz null, constraint "demo_clock_pkey" primary key ("id"), constraint demo_clock_one_row check (id = 1), constraint demo_clock_not_behind check (offset_days >= 0));`);
    this.addSql(`insert into "demo_clock" ("id", "offset_days") values (1, 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "demo_clock" cascade;`);
  }

}
