import { Migration } from '@mikro-orm/migrations';

/**
 * 关爱经费: the living-hardship figures and income statements, special-hardship aid by case, and each
 * organization's care budget by source with what approvals charged against it.
 */
export class Migration20261202060000_care_money extends Migration {

  override async up(): Promise<void> {
    // A new enum value cannot be used in the transaction that adds it, and the migrations run in one:
    // the type is made anew with CASE instead.
    this.addSql(`alter type "allowance_basis" rename to "allowance_basis_before_case";`);
    this.addSql(`create type "allowance_basis" as enum ('TITLE', 'LIVING_HARDSHIP', 'CASE');`);
    this.addSql(`alter table "allowance_kind" alter column "basis" type "allowance_basis" using "basis"::text::"allowance_basis";`);
    this.addSql(`drop type "allowance_basis_before_case";`);
    this.addSql(`insert into "allowance_kind" ("id", "created_at", "updated_at", "code", "name", "basis", "national_yuan", "municipal_yuan") values
      (gen_random_uuid(), now(), now(), 'SPECIAL_HARDSHIP', '特殊困难帮扶金', 'CASE', null, null);`);
    this.addSql(`alter table "allowance_roll_line" add column "case_reason_sealed" text null;`);

    this.addSql(`create table "care_hardship_figure" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "average_wage_yuan" int not null, "pension_level_yuan" int not null, "basic_pension_yuan" int not null, constraint "care_hardship_figure_pkey" primary key ("id"));`);
    this.addSql(`alter table "care_hardship_figure" add constraint "care_hardship_figure_year_unique" unique ("year");`);

    this.addSql(`create table "care_income_statement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_worker_id" uuid not null, "year" int not null, "retired" boolean not null default false, "monthly_yuan_sealed" text not null, "stated_by_id" uuid not null, constraint "care_income_statement_pkey" primary key ("id"));`);
    this.addSql(`alter table "care_income_statement" add constraint "care_income_statement_once" unique ("model_worker_id", "year");`);
    this.addSql(`alter table "care_income_statement" add constraint "care_income_statement_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade;`);
    this.addSql(`alter table "care_income_statement" add constraint "care_income_statement_stated_by_id_foreign" foreign key ("stated_by_id") references "account" ("id") on update cascade;`);

    this.addSql(`create table "care_budget" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "year" int not null, "allocated_yuan" int not null default 0, "own_budget_yuan" int not null default 0, "matched_yuan" int not null default 0, "donated_yuan" int not null default 0, constraint "care_budget_pkey" primary key ("id"));`);
    this.addSql(`alter table "care_budget" add constraint "care_budget_once" unique ("organization_id", "year");`);
    this.addSql(`alter table "care_budget" add constraint "care_budget_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "care_budget" add constraint care_budget_sources_not_negative check (allocated_yuan >= 0 and own_budget_yuan >= 0 and matched_yuan >= 0 and donated_yuan >= 0);`);

    this.addSql(`create table "care_charge" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "year" int not null, "grant_id" uuid null, "roll_id" uuid null, "amount_yuan" int not null, "override_reason" text null, "overridden_by_id" uuid null, "charged_by_id" uuid not null, constraint "care_charge_pkey" primary key ("id"));`);
    this.addSql(`create index "care_charge_organization_id_index" on "care_charge" ("organization_id");`);
    this.addSql(`alter table "care_charge" add constraint "care_charge_grant_once" unique ("grant_id");`);
    this.addSql(`alter table "care_charge" add constraint "care_charge_roll_once" unique ("roll_id");`);
    this.addSql(`alter table "care_charge" add constraint "care_charge_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "care_charge" add constraint "care_charge_grant_id_foreign" foreign key ("grant_id") references "grant_application" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "care_charge" add constraint "care_charge_roll_id_foreign" foreign key ("roll_id") references "allowance_roll" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "care_charge" add constraint "care_charge_overridden_by_id_foreign" foreign key ("overridden_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "care_charge" add constraint "care_charge_charged_by_id_foreign" foreign key ("charged_by_id") references "account" ("id") on update cascade;`);
    // One charge is one approval: of a grant or of a roll, never both or neither; an override always has its reason and author.
    this.addSql(`alter table "care_charge" add constraint care_charge_one_subject check ((grant_id is null) <> (roll_id is null));`);
    this.addSql(`alter table "care_charge" add constraint care_charge_override_whole check ((override_reason is null) = (overridden_by_id is null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "care_charge" cascade;`);
    this.addSql(`drop table if exists "care_budget" cascade;`);
    this.addSql(`drop table if exists "care_income_statement" cascade;`);
    this.addSql(`drop table if exists "care_hardship_figure" cascade;`);
    this.addSql(`alter table "allowance_roll_line" drop column "case_reason_sealed";`);
    this.addSql(`delete from "allowance_kind" where "basis" = 'CASE';`);
    this.addSql(`alter type "allowance_basis" rename to "allowance_basis_with_case";`);
    this.addSql(`create type "allowance_basis" as enum ('TITLE', 'LIVING_HARDSHIP');`);
    this.addSql(`alter table "allowance_kind" alter column "basis" type "allowance_basis" using "basis"::text::"allowance_basis";`);
    this.addSql(`drop type "allowance_basis_with_case";`);
  }

}
