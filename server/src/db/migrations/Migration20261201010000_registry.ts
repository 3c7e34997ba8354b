import { Migration } from '@mikro-orm/migrations';
import { blindIndex, seal } from '../../common/sealed-text.js';
import { maskIdNumber } from '../../modules/registry/id-number.js';

/**
 * The registry's record (the six categories of the information form), its keeping (分级管理), the yearly
 * update, transfers and reports. ID numbers already stored in clear are sealed here with LAOMO_DATA_KEY
 * (common/sealed-text.ts), then the clear column is dropped.
 */
export class Migration20261201010000_registry extends Migration {

  override async up(): Promise<void> {
    const run = (sql: string, params?: unknown[]) => this.execute(sql, params);
    await run(`create type "keeping" as enum ('EMPLOYER', 'LOCALITY', 'SYSTEM');`);
    await run(`create type "education" as enum ('PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR');`);
    await run(`create type "employment_status" as enum ('IN_POST', 'RETIRED', 'EMPLOYMENT_ENDED');`);
    await run(`create type "registry_report_kind" as enum ('DEATH', 'SERIOUS_VIOLATION');`);
    await run(`create type "transfer_state" as enum ('REQUESTED', 'ACCEPTED', 'DECLINED');`);
    await run(`alter table "model_worker"
      add column "keeping" "keeping" not null default 'EMPLOYER',
      add column "category_reason" text null,
      add column "confirmed_year" int null,
      add column "confirmed_at" timestamptz null,
      add column "id_number_sealed" text null,
      add column "id_number_index" varchar(64) null,
      add column "id_number_masked" varchar(18) null,
      add column "health_sealed" text null,
      add column "family_hardship_sealed" text null,
      add column "education" "education" null,
      add column "household_beijing" boolean null,
      add column "migrant_worker" boolean not null default false,
      add column "family_members" jsonb not null default '[]',
      add column "work_history" jsonb not null default '[]',
      add column "employment_status" "employment_status" not null default 'IN_POST',
      add column "deeds" text null,
      add column "needs" text null;`);
    const clear = await run(`select "id", "id_number" from "model_worker" where "id_number" is not null`) as { id: string; id_number: string }[];
    for (const row of clear) {
      const id = row.id_number.trim().toUpperCase();
      await run(`update "model_worker" set "id_number_sealed" = ?, "id_number_index" = ?, "id_number_masked" = ? where "id" = ?`,
        [seal(id), blindIndex(id), maskIdNumber(id), row.id]);
    }
    await run(`alter table "model_worker" drop column "id_number";`);
    await run(`alter table "model_worker" add constraint "model_worker_id_number_index_unique" unique ("id_number_index");`);
    await run(`create index "model_worker_organization_id_index" on "model_worker" ("organization_id");`);
    await run(`alter table "model_worker_honor" add column "conferred_by_name" varchar(100) null;`);

    await run(`create table "model_worker_transfer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_worker_id" uuid not null, "from_id" uuid not null, "to_id" uuid not null, "keeping" "keeping" not null, "reason" text not null, "state" "transfer_state" not null default 'REQUESTED', "decided_at" timestamptz null, "decline_reason" text null, constraint "model_worker_transfer_pkey" primary key ("id"));`);
    await run(`create index "model_worker_transfer_state_to_id_index" on "model_worker_transfer" ("state", "to_id");`);
    // At most one open request per record (the service also locks the record while it checks).
    await run(`create unique index "model_worker_transfer_one_open" on "model_worker_transfer" ("model_worker_id") where "state" = 'REQUESTED';`);
    await run(`alter table "model_worker_transfer" add constraint "model_worker_transfer_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade on delete cascade;`);
    await run(`alter table "model_worker_transfer" add constraint "model_worker_transfer_from_id_foreign" foreign key ("from_id") references "organization" ("id") on update cascade;`);
    await run(`alter table "model_worker_transfer" add constraint "model_worker_transfer_to_id_foreign" foreign key ("to_id") references "organization" ("id") on update cascade;`);

    await run(`create table "model_worker_report" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_worker_id" uuid not null, "organization_id" uuid not null, "kind" "registry_report_kind" not null, "occurred_on" date not null, "details" text not null, "reported_by_name" varchar(60) null, constraint "model_worker_report_pkey" primary key ("id"));`);
    await run(`create index "model_worker_report_created_at_index" on "model_worker_report" ("created_at");`);
    await run(`alter table "model_worker_report" add constraint "model_worker_report_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade on delete cascade;`);
    await run(`alter table "model_worker_report" add constraint "model_worker_report_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    // The sealed ID numbers cannot go back into a clear column without the key; down keeps none of them.
    this.addSql(`drop table if exists "model_worker_report" cascade;`);
    this.addSql(`drop table if exists "model_worker_transfer" cascade;`);
    this.addSql(`alter table "model_worker_honor" drop column "conferred_by_name";`);
    this.addSql(`alter table "model_worker" add column "id_number" varchar(18) null;`);
    this.addSql(`alter table "model_worker" drop column "keeping", drop column "category_reason", drop column "confirmed_year", drop column "confirmed_at", drop column "id_number_sealed", drop column "id_number_index", drop column "id_number_masked", drop column "health_sealed", drop column "family_hardship_sealed", drop column "education", drop column "household_beijing", drop column "migrant_worker", drop column "family_members", drop column "work_history", drop column "employment_status", drop column "deeds", drop column "needs";`);
    this.addSql(`drop index if exists "model_worker_organization_id_index";`);
    this.addSql(`drop type "keeping"; drop type "education"; drop type "employment_status"; drop type "registry_report_kind"; drop type "transfer_state";`);
  }

}
