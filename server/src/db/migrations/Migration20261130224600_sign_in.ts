import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in attempts count per account in one row updated atomically (sign_in_guard) instead of one
 * row per failure per login name and address; staff accounts made by someone else must set their own
 * password before they act.
 */
export class Migration20261130224600_sign_in extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop table if exists "login_failure" cascade;`);
    this.addSql(`create table "sign_in_guard" ("key" varchar(120) not null, "attempts" int not null, "window_started_at" timestamptz not null, "lockouts" int not null, "locked_until" timestamptz null, constraint "sign_in_guard_pkey" primary key ("key"));`);
    this.addSql(`alter table "account" add column "must_change_password" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account" drop column "must_change_password";`);
    this.addSql(`drop table if exists "sign_in_guard" cascade;`);
    this.addSql(`create table "login_failure" ("id" uuid not null, "key" varchar(120) not null, "at" timestamptz not null, constraint "login_failure_pkey" primary key ("id"));`);
    this.addSql(`create index "login_failure_key_at_index" on "login_failure" ("key", "at");`);
  }
}
