import { Migration } from '@mikro-orm/migrations';

/** 关爱服务: hardship grants by rule (with 西城's rules) and the allowance rolls (with their kinds). */
export class Migration20261201014244_care extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "allowance_basis" as enum ('TITLE', 'LIVING_HARDSHIP');`);
    this.addSql(`create type "grant_cause" as enum ('OWN_SERIOUS_ILLNESS', 'HOME_FIRE', 'ACCIDENT_DISABILITY', 'DEATH', 'DEPENDENT_SERIOUS_ILLNESS');`);
    this.addSql(`create type "grant_application_state" as enum ('APPLIED', 'REVIEWED', 'APPROVED', 'PAID', 'REFUSED', 'WITHDRAWN');`);
    this.addSql(`create type "allowance_roll_state" as enum ('DRAFT', 'REVIEWED', 'APPROVED', 'EXPORTED', 'PAID');`);
    this.addSql(`create table "allowance_kind" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(100) not null, "basis" "allowance_basis" not null, "national_yuan" int null, "municipal_yuan" int null, constraint "allowance_kind_pkey" primary key ("id"));`);
    this.addSql(`alter table "allowance_kind" add constraint "allowance_kind_code_unique" unique ("code");`);

    this.addSql(`create table "grant_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cause" "grant_cause" not null, "name" varchar(100) not null, "threshold_yuan" int null, "rate_percent" int null, "cap_yuan" int null, "amount_yuan" int null, "national_yuan" int null, "municipal_yuan" int null, constraint "grant_rule_pkey" primary key ("id"));`);
    this.addSql(`alter table "grant_rule" add constraint "grant_rule_cause_unique" unique ("cause");`);

    this.addSql(`create table "grant_application" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_worker_id" uuid not null, "organization_id" uuid not null, "cause" "grant_cause" not null, "rule_id" uuid not null, "rule_applied" jsonb not null, "claimed_yuan" int null, "serious_disability" boolean not null default false, "level" "honor_level" not null, "description" text not null, "amount_yuan" int not null, "amount_reason" text not null, "state" "grant_application_state" not null default 'APPLIED', "refuse_reason" text null, "applied_by_id" uuid not null, "year" int not null, "paid_at" timestamptz null, constraint "grant_application_pkey" primary key ("id"));`);
    this.addSql(`create index "grant_application_organization_id_index" on "grant_application" ("organization_id");`);

    this.addSql(`create table "allowance_roll" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind_id" uuid not null, "year" int not null, "state" "allowance_roll_state" not null default 'DRAFT', "organization_id" uuid not null, "generated_by_id" uuid not null, "paid_at" timestamptz null, constraint "allowance_roll_pkey" primary key ("id"));`);

    this.addSql(`create table "allowance_roll_line" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "roll_id" uuid not null, "model_worker_id" uuid not null, "kind_id" uuid not null, "year" int not null, "organization_id" uuid not null, "level" "honor_level" not null, "amount_yuan" int not null, constraint "allowance_roll_line_pkey" primary key ("id"));`);
    this.addSql(`create index "allowance_roll_line_roll_id_index" on "allowance_roll_line" ("roll_id");`);
    this.addSql(`create index "allowance_roll_line_organization_id_index" on "allowance_roll_line" ("organization_id");`);
    this.addSql(`alter table "allowance_roll_line" add constraint "allowance_roll_line_once" unique ("model_worker_id", "kind_id", "year");`);

    this.addSql(`alter table "grant_application" add constraint "grant_application_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade;`);
    this.addSql(`alter table "grant_application" add constraint "grant_application_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "grant_application" add constraint "grant_application_rule_id_foreign" foreign key ("rule_id") references "grant_rule" ("id") on update cascade;`);
    this.addSql(`alter table "grant_application" add constraint "grant_application_applied_by_id_foreign" foreign key ("applied_by_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "allowance_roll" add constraint "allowance_roll_kind_id_foreign" foreign key ("kind_id") references "allowance_kind" ("id") on update cascade;`);
    this.addSql(`alter table "allowance_roll" add constraint "allowance_roll_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "allowance_roll" add constraint "allowance_roll_generated_by_id_foreign" foreign key ("generated_by_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "allowance_roll_line" add constraint "allowance_roll_line_roll_id_foreign" foreign key ("roll_id") references "allowance_roll" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "allowance_roll_line" add constraint "allowance_roll_line_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade;`);
    this.addSql(`alter table "allowance_roll_line" add constraint "allowance_roll_line_kind_id_foreign" foreign key ("kind_id") references "allowance_kind" ("id") on update cascade;`);
    this.addSql(`alter table "allowance_roll_line" add constraint "allowance_roll_line_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "allowance_roll_line" add constraint allowance_roll_line_amount_positive check (amount_yuan > 0);`);
    this.addSql(`alter table "grant_application" add constraint grant_application_amount_positive check (amount_yuan > 0);`);

    // The figures of the seeds, which administrators keep from here on: 西城's hardship grants (seed 001)
    // and the city federation's allowances (seeds 000, 001). The amounts of 五一 and 十一 are not in the
    // seeds, nor is a living-hardship amount: they stay unset until an administrator sets them.
    this.addSql(`insert into "grant_rule" ("id", "created_at", "updated_at", "cause", "name", "threshold_yuan", "rate_percent", "cap_yuan", "amount_yuan", "national_yuan", "municipal_yuan") values
      (gen_random_uuid(), now(), now(), 'OWN_SERIOUS_ILLNESS', '本人患重大疾病', 10000, 25, 25000, null, null, null),
      (gen_random_uuid(), now(), now(), 'HOME_FIRE', '家庭遭受火灾', 10000, null, null, 2000, null, null),
      (gen_random_uuid(), now(), now(), 'ACCIDENT_DISABILITY', '非因工意外致重度残疾', null, null, null, 2000, null, null),
      (gen_random_uuid(), now(), now(), 'DEATH', '去世慰问', null, null, null, 3000, null, null),
      (gen_random_uuid(), now(), now(), 'DEPENDENT_SERIOUS_ILLNESS', '无收入配偶或未成年子女患重大疾病', 15000, null, null, null, 5000, 3000);`);
    this.addSql(`insert into "allowance_kind" ("id", "created_at", "updated_at", "code", "name", "basis", "national_yuan", "municipal_yuan") values
      (gen_random_uuid(), now(), now(), 'SPRING_FESTIVAL', '春节慰问金', 'TITLE', 2000, 1000),
      (gen_random_uuid(), now(), now(), 'MAY_DAY', '五一节日补助金（全国劳模）', 'TITLE', null, null),
      (gen_random_uuid(), now(), now(), 'NATIONAL_DAY', '十一节日补助金（全国劳模）', 'TITLE', null, null),
      (gen_random_uuid(), now(), now(), 'LIVING_HARDSHIP', '生活困难补助金', 'LIVING_HARDSHIP', null, null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "allowance_roll" drop constraint "allowance_roll_kind_id_foreign";`);

    this.addSql(`alter table "allowance_roll_line" drop constraint "allowance_roll_line_kind_id_foreign";`);

    this.addSql(`alter table "grant_application" drop constraint "grant_application_rule_id_foreign";`);

    this.addSql(`alter table "allowance_roll_line" drop constraint "allowance_roll_line_roll_id_foreign";`);

    this.addSql(`drop table if exists "allowance_kind" cascade;`);

    this.addSql(`drop table if exists "grant_rule" cascade;`);

    this.addSql(`drop table if exists "grant_application" cascade;`);

    this.addSql(`drop table if exists "allowance_roll" cascade;`);

    this.addSql(`drop table if exists "allowance_roll_line" cascade;`);

    this.addSql(`drop type "allowance_basis";`);
    this.addSql(`drop type "grant_cause";`);
    this.addSql(`drop type "grant_application_state";`);
    this.addSql(`drop type "allowance_roll_state";`);
  }

}
